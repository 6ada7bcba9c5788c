declare module 'virtual:evidence-index' {
  import type { CompiledIndex } from '../utils/matcher/compile';
  const index: CompiledIndex;
  export default index;
}

declare module 'virtual:evidence-entries' {
  import type { Entry } from './schema';
  import type { DataInfo } from './build';
  export const entries: Entry[];
  export const dataInfo: DataInfo;
}

declare module 'virtual:evidence-filter' {
  const filter: { id: string; source: string };
  export default filter;
}
