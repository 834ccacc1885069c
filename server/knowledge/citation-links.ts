/**
 * The persistent identifiers of a cited source, as labels and links, in the order a reader would use
 * them: PubMed, PubMed Central, NCBI Bookshelf, DOI. Every citation has at least one (schema).
 */
export interface CitationIds {
  readonly pmid?: string;
  readonly pmcid?: string;
  readonly bookshelfId?: string;
  readonly doi?: string;
}

export interface CitationLink {
  readonly label: string;
  readonly url: string;
}

export function citationLinks(c: CitationIds): CitationLink[] {
  const out: CitationLink[] = [];
  if (c.pmid) {
    out.push({ label: `PMID ${c.pmid}`, url: `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(c.pmid)}/` });
  }
  if (c.pmcid) {
    out.push({ label: c.pmcid, url: `https://pmc.ncbi.nlm.nih.gov/articles/${encodeURIComponent(c.pmcid)}/` });
  }
  if (c.bookshelfId) {
    out.push({ label: `NCBI Bookshelf ${c.bookshelfId}`, url: `https://www.ncbi.nlm.nih.gov/books/${encodeURIComponent(c.bookshelfId)}/` });
  }
  if (c.doi) {
    out.push({ label: `doi:${c.doi}`, url: `https://doi.org/${c.doi}` });
  }
  return out;
}
