// A sector on a page: the vocabulary's words in the page's language, free text marked as the Chinese it is.
import { isSectorWord, sectorLabel } from "~/components/labels";
import { useT } from "~/i18n/use-t";

export function SectorName({ sector }: { sector: string }) {
  const t = useT();
  return isSectorWord(sector) ? <>{sectorLabel(t, sector)}</> : <span lang="zh">{sector}</span>;
}
