// The snippet builder's state (/zet-op-je-website), read from its URL: the builder is a GET form,
// so it works without JavaScript and a link shares a configuration. Runs in the browser too.
import { texts } from "./i18n";
import { aanbodOptions, agendaOptions } from "./options";
import {
  aanbodAttributes,
  agendaAttributes,
  iframeHeight,
  iframeSnippet,
  iframeUrl,
  scriptSnippet,
  type Attributes,
  type WidgetName,
} from "./snippet";

/** Checkbox groups arrive as repeated parameters; the elements take comma-separated lists. */
const LISTS = ["sections", "municipality", "audience", "kind"];

function attributeQuery(query: URLSearchParams): URLSearchParams {
  const joined = new URLSearchParams();
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name).filter((value) => value !== "");
    if (values.length) joined.set(name, LISTS.includes(name) ? values.join(",") : values[0]);
  }
  return joined;
}

/** `url`: the builder's address; `schools`: for the school's name in the frame's title. */
export function builderState(url: URL, schools: readonly { slug: string; name: string }[] | null) {
  const widget: WidgetName = url.searchParams.get("widget") === "agenda" ? "agenda" : "aanbod";
  const query = attributeQuery(url.searchParams);
  const site = url.origin;
  const aanbod = aanbodOptions(query).options;
  const agenda = agendaOptions(query).options;

  let attributes: Attributes | null = null;
  let title = "";
  if (widget === "agenda") {
    attributes = agendaAttributes(agenda);
    title = `${texts[agenda.lang].agendaTitle} - Het Techniek Loket`;
  } else if (aanbod.school) {
    const name = schools?.find((school) => school.slug === aanbod.school)?.name ?? aanbod.school;
    attributes = aanbodAttributes({ ...aanbod, school: aanbod.school });
    title = texts[aanbod.lang].aanbodTitle(name);
  }
  const height = iframeHeight(widget, widget === "agenda" ? agenda : aanbod);

  return {
    widget,
    aanbod,
    agenda,
    result: attributes && {
      title,
      height,
      previewUrl: iframeUrl(site, widget, attributes),
      script: scriptSnippet(site, widget, attributes),
      iframe: iframeSnippet(site, widget, attributes, title, height),
    },
  };
}
