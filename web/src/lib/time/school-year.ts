// Dutch school years run from 1 August to 31 July.

const SCHOOL_YEAR_START = "08-01";

export interface SchoolYear {
  /** Its first day (YYYY-MM-DD). */
  from: string;
  /** The first day of the next school year, exclusive. */
  until: string;
  /** E.g. "2026-2027". */
  label: string;
}

/** The school year a day falls in; 31 July 2027 is still in 2026-2027. */
export function schoolYearOf(date: string): SchoolYear {
  const year = Number(date.slice(0, 4));
  const startYear = date.slice(5) >= SCHOOL_YEAR_START ? year : year - 1;
  return {
    from: `${startYear}-${SCHOOL_YEAR_START}`,
    until: `${startYear + 1}-${SCHOOL_YEAR_START}`,
    label: `${startYear}-${startYear + 1}`,
  };
}

export function nextSchoolYear(date: string): SchoolYear {
  return schoolYearOf(schoolYearOf(date).until);
}
