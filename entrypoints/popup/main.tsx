import { render } from "preact"; render(<p>Evidence Lens</p>, document.getElementById("app")!);
