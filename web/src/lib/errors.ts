// What an error page says, by HTTP status. Fixed Dutch text only: error messages from code may be
// English or technical, and never reach visitors.

export interface ErrorText {
  title: string;
  body: string;
}

export function describeError(status: number): ErrorText {
  if (status === 404) {
    return {
      title: "Pagina niet gevonden",
      body: "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.",
    };
  }
  // The address asks for something the site or the API cannot use: the visitor can fix it.
  if (status === 400) {
    return {
      title: "Deze zoekopdracht klopt niet",
      body: "Het adres bevat iets dat we niet kunnen gebruiken. Controleer het adres of begin opnieuw op de startpagina.",
    };
  }
  // 502-504: the site is up but the API behind it is not.
  if (status >= 502 && status <= 504) {
    return {
      title: "De agenda is even niet bereikbaar",
      body: "We kunnen de gegevens van het netwerk nu niet ophalen. Probeer het over een paar minuten opnieuw.",
    };
  }
  if (status >= 500) {
    return {
      title: "Er ging iets mis",
      body: "Door een fout aan onze kant kunnen we deze pagina nu niet tonen. Probeer het later opnieuw.",
    };
  }
  return {
    title: "Deze pagina kan niet worden getoond",
    body: "Controleer het adres of ga naar de startpagina.",
  };
}
