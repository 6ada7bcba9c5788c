declare module 'virtual:evidence-index' {
  /** The build the stored phrase index must belong to (utils/index-store.ts). */
  export const indexId: string;
}

declare module 'virtual:evidence-entries' {
  import type { Entry } from './schema';
  import type { DataInfo } from './build';
  export const entries: Entry[];
  export const dataInfo: DataInfo;
}

declare module 'virtual:evidence-filter' {
  import type { CompiledIndex } from '../utils/matcher/compile';
  const filter: { id: string; source: string };
  export default filter;
  /** The phrase index content scripts use (without the filter source, which they read apart). */
  export const contentIndex: CompiledIndex;
}
