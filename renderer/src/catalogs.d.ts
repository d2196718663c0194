/** One language's text catalog, built from `shared/i18n` by `build/i18nCatalogs.ts`. */
declare module 'virtual:hp-catalog/*' {
  const catalog: unknown;
  export default catalog;
}
