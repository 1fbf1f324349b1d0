// What the user must read about the library at startup (a damaged file moved aside, an upgrade),
// from Rust, until dismissed.

import { useEffect, useState } from "react";
import { useT } from "../i18n/context";
import { draftsNotice } from "../ipc/drafts";

export function LibraryNotice() {
  const t = useT();
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    draftsNotice().then(setNotice, () => undefined);
  }, []);
  if (!notice) return null;
  return (
    <div className="library-notice" role="alert">
      <p>{notice}</p>
      <button type="button" className="small" onClick={() => setNotice(null)}>
        {t("library.dismiss")}
      </button>
    </div>
  );
}
