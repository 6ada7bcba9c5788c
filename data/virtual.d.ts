declare module 'virtual:evidence-index' {
  import type { ShippedIndex } from '../utils/page-data-store';
  const index: ShippedIndex;
  export default index;
}

declare module 'virtual:evidence-entries' {
  import type { Entry } from './schema';
  import type { DataInfo } from './build';
  export const entries: Entry[];
  export const dataInfo: DataInfo;
}

declare module 'virtual:evidence-page-data' {
  import type { PageData } from '../utils/page-data-store';
  const data: PageData;
  export default data;
}
