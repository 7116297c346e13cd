import type { PrintedDocument } from './printed-document.js';

/**
 * The first completer's pledge (第一完成人承诺书), which the notice requires signed and not editable
 * (notice-2024-zh.txt, 附件 2 and 4). Its text is fixed here: only the project's and the first
 * completer's names are filled in, and no input reaches anything else.
 */
export function printedPledge(projectName: string, firstCompleterName: string): PrintedDocument {
  return {
    title: '第一完成人承诺书',
    subtitle: [],
    sections: [
      {
        heading: `项目名称：${projectName}`,
        blocks: [
          {
            kind: 'text',
            paragraphs: [
              `本人是“${projectName}”项目的第一完成人。本人已知悉《上海市质量协会质量技术奖管理办法》及本年度提名要求，现就该项目的提名郑重承诺如下：`,
              '一、提名书所填内容及所附证实性材料合法合规、真实有效，不存在弄虚作假、抄袭剽窃或侵犯他人知识产权的情形。',
              '二、项目主要完成人、主要完成单位及其排序已征得全体完成人和完成单位同意，不存在争议。',
              '三、本人及项目团队成员未以任何形式、任何名义向提名单位或其他单位、个人支付与提名有关的费用。',
              '四、评审期间，本人不以任何方式请托、游说评审专家或干扰评审工作。',
              '五、如违反上述承诺，本人愿意承担相应责任，并接受撤销提名、撤销奖励等处理。',
            ],
          },
          {
            kind: 'signature',
            lines: [
              `第一完成人：${firstCompleterName}`,
              '签名：____________________',
              '日期：______年____月____日',
            ],
          },
        ],
      },
    ],
  };
}
