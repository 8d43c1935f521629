// The search box of the Pagefind and lunr bench pages, written to the same DOM contract as our /search/ page:
// the #search-q input, the #search-status live region whose data-state becomes found, none or failed, and
// the first ten results as links in #search-results li.search-hit a. A query starts at once when one input event
// brings two or more characters (an input method's commit, a paste), after a pause in typing otherwise, and
// sets data-state to loading; the answer of an older query is dropped if a newer one started meanwhile.
// The same typing policy as our search page (themes/default/assets/search/search.js), so that the time to the
// first result compares the engines, not the pages' typing policies.
const TYPING_PAUSE_MS = 200;
const WHOLE_INPUTS = new Set(['insertFromPaste', 'insertFromDrop', 'insertReplacementText']);

export function bindSearchBox(firstPage) {
  const box = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  let latest = 0;
  let typing;
  const search = async () => {
    const mine = ++latest;
    const query = box.value.trim();
    status.dataset.state = 'loading';
    try {
      const hits = query.length > 0 ? await firstPage(query, 10) : [];
      if (mine !== latest) {
        return;
      }
      list.replaceChildren(...hits.map((hit) => {
        const item = document.createElement('li');
        item.className = 'search-hit';
        const link = document.createElement('a');
        link.href = hit.url;
        link.textContent = hit.title;
        item.append(link);
        return item;
      }));
      status.textContent = hits.length > 0 ? `显示前 ${hits.length} 条结果` : '没有找到结果';
      status.dataset.state = hits.length > 0 ? 'found' : 'none';
    } catch (error) {
      if (mine === latest) {
        status.textContent = `搜索失败：${error}`;
        status.dataset.state = 'failed';
      }
    }
  };
  box.addEventListener('input', (event) => {
    if (event.isComposing) {
      return;
    }
    clearTimeout(typing);
    const inserted = event.inputType === 'insertText' || event.inputType === 'insertCompositionText';
    if (WHOLE_INPUTS.has(event.inputType) || (inserted && [...(event.data ?? '')].length >= 2)) {
      search();
    } else {
      typing = setTimeout(search, TYPING_PAUSE_MS);
    }
  });
  box.addEventListener('compositionend', () => {
    clearTimeout(typing);
    search();
  });
}
