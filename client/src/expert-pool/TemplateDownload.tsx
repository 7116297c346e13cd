import { DownloadOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadText } from './file-base64';

const importTemplateQuery = graphql(`
  query ExpertImportTemplate {
    expertImportTemplate {
      csv
      fileName
    }
  }
`);

// A byte order mark, so that Excel opens the Chinese headers as UTF-8; the import accepts it.
const utf8Bom = '\uFEFF';

/** The import's csv template, from the API (its header line), as a file to fill in. */
export function TemplateDownload() {
  const { t } = useTranslation('expertPool');
  const [fetchTemplate, { loading }] = useLazyQuery(importTemplateQuery);
  const download = async () => {
    const { data } = await fetchTemplate();
    if (data)
      downloadText(utf8Bom + data.expertImportTemplate.csv, data.expertImportTemplate.fileName, 'text/csv');
  };
  return (
    <Button type="link" icon={<DownloadOutlined />} loading={loading} onClick={download}>
      {t('import.template')}
    </Button>
  );
}
