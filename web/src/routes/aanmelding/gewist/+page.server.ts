import type { PageServerLoad } from "./$types";

// Said once after erasing; nothing personal on it, but nothing worth indexing either.
export const csr = false;

export const load: PageServerLoad = ({ setHeaders }) => {
  setHeaders({ "x-robots-tag": "noindex" });
};
