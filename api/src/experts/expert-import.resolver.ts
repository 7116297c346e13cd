import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { badInput } from '../errors.js';
import { IMPORT_COLUMNS, IMPORT_TEMPLATE_CSV } from './expert-import.columns.js';
import { importExperts } from './expert-import.service.js';
import { ExpertImportReport, ExpertImportTemplate } from './expert-import.types.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The secretariat imports a cycle's experts from a spreadsheet (xlsx or csv). */
@Resolver()
export class ExpertImportResolver {
  @Authorized(Role.SECRETARIAT)
  @Mutation(() => ExpertImportReport, {
    description:
      'all or nothing: a refused row or a dry run writes nothing; rows match experts by name and employer',
  })
  importExperts(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('fileName', () => String, { description: 'ends in .xlsx or .csv' }) fileName: string,
    @Arg('fileBase64', () => String) fileBase64: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() { em, viewer }: RequestContext,
  ): Promise<ExpertImportReport> {
    if (!BASE64.test(fileBase64))
      throw badInput('fileBase64', { en: 'is not base64', zh: '不是 base64 编码' });
    const bytes = Buffer.from(fileBase64, 'base64');
    return importExperts(em, viewer as Viewer, { cycleId, fileName, bytes, isDryRun: dryRun });
  }

  @Authorized(Role.SECRETARIAT)
  @Query(() => ExpertImportTemplate)
  expertImportTemplate(): ExpertImportTemplate {
    return {
      fileName: 'experts-template.csv',
      csv: IMPORT_TEMPLATE_CSV,
      columns: IMPORT_COLUMNS.map(({ key, zh, en, isRequired, format }) => ({
        key,
        headerZh: zh,
        headerEn: en,
        isRequired,
        format,
      })),
    };
  }
}
