import { formatDate, formatMonth } from '../lib/format';

export type Citation = { label: string; url?: string; publisher?: string; title?: string; date?: string };

/**
 * A source as a seller can follow it: publisher, “title” (a link where one is public) and the
 * date in the UI's locale. A source without its parts (an older stored result) shows its label.
 */
export function SourceCitation({ source, locale }: { source: Citation; locale: string }) {
  const { publisher, title, date, url } = source;
  if (!publisher || !title || !date) return url ? <a href={url} target="_blank" rel="noreferrer">{source.label}</a> : <>{source.label}</>;
  const when = date.length === 7 ? formatMonth(date, locale) : formatDate(date, locale);
  return (
    <cite class="citation">
      {publisher}, “{url ? <a href={url} target="_blank" rel="noreferrer">{title}</a> : title}”, <time dateTime={date}>{when}</time>
    </cite>
  );
}
