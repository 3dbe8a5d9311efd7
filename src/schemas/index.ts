/** Every content schema, one module per concept; `content.config.ts` and the integrity check both use these. */
export { idSchema, ID_PATTERN } from './ids.ts';
export { datePointSchema, isoDateSchema, precisionSchema, type DatePoint, type Precision } from './dates.ts';
export { siteSchema, themeSchema, type Site, type Theme } from './site.ts';
export { personSchema, personKindSchema, nativeNameSchema, type Person, type PersonKind } from './person.ts';
export { outletSchema, type Outlet } from './outlet.ts';
export {
  channelSchema,
  isQuotationKind,
  languageTagSchema,
  statementLanguageSchema,
  statementSchema,
  statementKindSchema,
  type Channel,
  type Statement,
  type StatementKind,
  type StatementLanguage,
} from './statement.ts';
export { eventSchema, articleEventSchema, contextEventSchema, type Event } from './event.ts';
export { articleSchema, correctionSchema, nonStatementSchema, type Article, type Correction } from './article.ts';
export { viewSchema, type View } from './view.ts';
