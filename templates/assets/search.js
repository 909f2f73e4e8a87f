// Search for the /search/ page. The index is sharded (see SearchIndexWriter.cs): manifest.json holds
// the first term of each shard and the text rules (folding table, stop words, variants); i/N.json
// maps a term to [postings, first o/ page, essay, section, score, ...] with its best postings; o/N.json
// pages hold the rest of a common term's postings; d/K.json holds the sections of manifest.documents
// essays (a JSON array), and d/at.bin where each essay's document sits in its shard (start and length,
// little-endian 32-bit), so a result fetches only its own essay's bytes, by HTTP Range. Nothing is
// fetched before the reader searches; index text reaches the page only through textContent. The query lives in the address (?q=), so results can be shared and Back restores them.
(() => {
  "use strict";

  // The index's own text rules, the same as SearchTokenizer.cs and SearchFolding.cs (a test runs both
  // on every unit of the Basic Multilingual Plane): per UTF-16 unit the table's form, else a word unit's lower case
  // (or the table's form of that); single letters joined by dots are one word; a leading Arabic
  // article is dropped from terms of four or more; 2 to 40 units; no stop words.
  function searchText(rules) {
    const map = new Map(rules.fold.table.split(" ").map((entry) => [entry[0], entry.slice(1)]));
    const stop = new Set(rules.stop);
    const unit = /[\p{L}\p{M}\p{Nd}]/u, letter = /\p{L}/u;
    const fold = (c) => {
      let form = map.get(c);
      if (form !== undefined) return form;
      if (!unit.test(c)) return null;
      const lower = c.toLowerCase();
      return lower !== c && (form = map.get(lower)) !== undefined ? form : lower;
    };
    // Each word of text as [start, end, folded], positions in text itself.
    const runs = (text) => {
      const found = [];
      for (let i = 0; i < text.length;) {
        const start = i;
        let folded = "", segment = 0, segmentIsLetter = false;
        while (i < text.length) {
          const c = text[i], form = fold(c);
          if (form === null) {
            if (c === "." && segment === 1 && segmentIsLetter && i + 1 < text.length && letter.test(text[i + 1])) { i++; segment = 0; continue; }
            break;
          }
          folded += form; segment++; segmentIsLetter = letter.test(c); i++;
        }
        if (folded.length === 0) { i++; continue; }
        found.push([start, i, folded]);
      }
      return found;
    };
    const term = (folded, withStop) => {
      const t = folded.length >= 4 && folded.length <= rules.max && folded.startsWith(rules.fold.article) ? folded.slice(2) : folded;
      return t.length >= rules.min && t.length <= rules.max && (withStop || !stop.has(t)) ? t : null;
    };
    const terms = (text, withStop) => runs(text).map((r) => term(r[2], withStop)).filter((t) => t !== null);
    // The term of each word of text (null for none), with the word's place in text, for highlighting.
    const words = (text) => runs(text).map(([start, end, folded]) => [start, end, term(folded, false)]);
    return { terms, words };
  }

  // CLDR's plural category of a whole number n, as PluralRules.cs chooses it (a test runs both).
  function pluralCategory(language, n) {
    switch (language.split("-")[0].toLowerCase()) {
      case "ar": return n === 0 ? "zero" : n === 1 ? "one" : n === 2 ? "two" : n % 100 >= 3 && n % 100 <= 10 ? "few" : n % 100 >= 11 && n % 100 <= 99 ? "many" : "other";
      case "fa": return n === 0 || n === 1 ? "one" : "other";
      case "ms": case "id": return "other";
      default: return n === 1 ? "one" : "other";
    }
  }

  // The words the script writes, from the page language's strings file (templates/i18n/), which the
  // template hands over as JSON in #search-status's data-strings (`t_json`; the site runs no inline
  // script). say(key, values) fills a text's {name} placeholders by name, choosing a counted phrase's
  // form by values.n and writing numbers in the language's digits. A key the page lacks shows as
  // itself, so a template that forgets one is seen at once.
  function interfaceStrings(strings) {
    const digits = strings.digits && strings.digits.length === 10 ? strings.digits : "0123456789";
    const number = (n) => String(n).replace(/[0-9]/g, (d) => digits[d]);
    const say = (key, values = {}) => {
      let text = strings[key];
      if (text === undefined) return key;
      if (typeof text === "object") text = text[pluralCategory(strings.lang || "en", values.n)] || text.other;
      return text.replace(/\{([a-z_]+)\}/g, (all, name) => name in values ? (typeof values[name] === "number" ? number(values[name]) : values[name]) : all);
    };
    return { say, list: (items) => items.join(strings.list_comma || ", ") };
  }

  if (typeof document === "undefined") {
    Object.assign(globalThis, { alliancesSearchText: searchText, alliancesPluralCategory: pluralCategory, alliancesInterfaceStrings: interfaceStrings });
    return;
  }

  const form = document.querySelector("form[data-index]");
  if (!form) return;
  const input = form.querySelector("input[name=q]");
  const status = document.getElementById("search-status");
  const ui = interfaceStrings(JSON.parse(status.getAttribute("data-strings") || "{}"));
  const list = document.getElementById("search-results");
  // A template without the button still searches; it only cannot show more than the first page.
  const more = document.getElementById("search-more") || { hidden: true, addEventListener() {} };
  const base = new URL(form.getAttribute("data-index"), location.href);
  const root = new URL("../", base);
  const notice = document.getElementById("search-nojs");
  if (notice) notice.hidden = true;
  const cache = new Map();
  // Ten at a time: each result fetches its essay's document (about 4 KB), and a first query stays under 100 KB at 10,000 essays.
  const pageSize = 10;
  let generation = 0, current = null, text = null, committed = true;

  const json = (path) => {
    if (!cache.has(path)) {
      cache.set(path, fetch(new URL(path, base)).then((r) => {
        if (!r.ok) throw new Error(r.status + " " + path);
        return r.json();
      }));
    }
    return cache.get(path);
  };
  const manifestJson = () => json("manifest.json").then((m) => { text = text || searchText(m); return m; });

  // Bytes [start, start + length) of an index file, by a Range request. A host that ignores Range
  // answers with the whole file: it is kept, and this and later parts of it are cut from it.
  const whole = new Map();
  const part = async (path, start, length) => {
    if (!whole.has(path)) {
      const r = await fetch(new URL(path, base), { headers: { Range: `bytes=${start}-${start + length - 1}` } });
      if (!r.ok) throw new Error(r.status + " " + path);
      const body = new Uint8Array(await r.arrayBuffer());
      if (r.status === 206) return body;
      whole.set(path, body);
    }
    return whole.get(path).subarray(start, start + length);
  };
  // One essay's title, path and sections: its place in d/at.bin, then those bytes of its shard.
  const essayJson = (manifest, essay) => {
    const key = "essay " + essay;
    if (!cache.has(key)) {
      cache.set(key, part("d/at.bin", essay * 8, 8).then((at) => {
        const place = new DataView(at.buffer, at.byteOffset, 8);
        return part("d/" + Math.floor(essay / manifest.documents) + ".json", place.getUint32(0, true), place.getUint32(4, true));
      }).then((bytes) => JSON.parse(new TextDecoder().decode(bytes))));
    }
    return cache.get(key);
  };

  // Index of the last shard whose first term is <= term.
  const shardOf = (starts, term) => {
    let lo = 0, hi = starts.length - 1, found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= term) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  };

  // Whether a and b are one edit apart (a letter added, removed, changed, or two swapped).
  function oneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) return false;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // The index terms for one query word, each as [term, entry, weight, how]: the word itself; while it
  // is being typed, the terms it begins (a little discounted); if it is not in the index and has five
  // or more letters, the terms one edit away (discounted more, and named in the status).
  async function lookup(manifest, word, prefix) {
    const starts = manifest.shards;
    if (starts.length === 0) return [];
    const first = shardOf(starts, word);
    const shards = [first];
    for (let j = first + 1; prefix && j < starts.length && j <= first + 2 && starts[j].startsWith(word); j++) shards.push(j);
    const found = [];
    const loaded = await Promise.all(shards.map((j) => json("i/" + j + ".json")));
    for (const shard of loaded) {
      for (const key of Object.keys(shard)) {
        if (key === word) found.unshift([key, shard[key], 1, "exact"]);
        else if (prefix && key.startsWith(word) && found.length < 40) found.push([key, shard[key], 0.7, "prefix"]);
      }
    }
    if (found.length === 0 && word.length >= 5) {
      for (const key of Object.keys(loaded[0])) if (oneEdit(word, key)) found.push([key, loaded[0][key], 0.5, "close"]);
    }
    return found;
  }

  // A query as concepts: a run of words that is one variant of site.yml's search.variants stands for
  // every variant of its group (a variant of several words counts where all its words are).
  function concepts(manifest, words) {
    const groups = new Map();
    manifest.variants.forEach((group) => group.forEach((member) => groups.set(member.join(" "), group)));
    const result = [];
    for (let i = 0; i < words.length;) {
      let length = 1, group = groups.get(words[i]);
      for (let k = words.length; k > i + 1; k--) {
        const g = groups.get(words.slice(i, k).join(" "));
        if (g) { group = g; length = k - i; break; }
      }
      result.push({ words: words.slice(i, i + length), alternatives: group || [[words[i]]], last: i + length === words.length });
      i += length;
    }
    return result;
  }

  // A term's postings as loaded so far: its shard's share and whatever o/ pages were fetched.
  const termList = (term, entry, weight) => ({ term, entry, weight, pages: [], pageCount: entry[1] < 0 ? 0 : Math.ceil((entry[0] - (entry.length - 2) / 3) / current.manifest.page) });
  const flats = (l) => [l.entry.slice(2), ...l.pages];
  const scoresOf = (l) => {
    const best = new Map();
    for (const flat of flats(l)) for (let k = 0; k + 2 < flat.length; k += 3) {
      const key = flat[k] * 65536 + flat[k + 1];
      best.set(key, Math.max(best.get(key) || 0, flat[k + 2] * l.weight));
    }
    return best;
  };

  // Sections ranked by how many of the query's concepts they match, then score; ties in reading order.
  function rank(state) {
    const scores = new Map();
    for (const concept of state.concepts) {
      const best = new Map();
      for (const alternative of concept.lists) {
        let joint = null;
        for (const lists of alternative) {
          const union = new Map();
          for (const l of lists) for (const [key, s] of scoresOf(l)) union.set(key, Math.max(union.get(key) || 0, s));
          joint = joint === null ? union : new Map([...joint].filter(([key]) => union.has(key)).map(([key, s]) => [key, s + union.get(key)]));
        }
        for (const [key, s] of joint || []) best.set(key, Math.max(best.get(key) || 0, s));
      }
      for (const [key, score] of best) {
        const entry = scores.get(key) || { key, essay: Math.floor(key / 65536), section: key % 65536, score: 0, terms: 0 };
        entry.score += score;
        entry.terms += 1;
        scores.set(key, entry);
      }
    }
    return [...scores.values()].sort((x, y) => y.terms - x.terms || y.score - x.score || x.essay - y.essay || x.section - y.section);
  }

  const allLists = (state) => state.concepts.flatMap((c) => c.lists.flat(2));
  const incomplete = (state) => allLists(state).filter((l) => l.pages.length < l.pageCount);

  // list.dataset.ms is this search's time in ms, from here (after the typing debounce; a manifest
  // prefetched on focus is not counted) until the results and status are in the DOM, including any
  // fetches. Cleared first, so it is only ever present for the latest search, once it has rendered.
  async function search(query) {
    const started = performance.now();
    const mine = ++generation;
    delete list.dataset.ms;
    const manifest = await manifestJson();
    if (mine !== generation) return;
    const words = text.terms(query);
    if (words.length === 0) {
      current = null;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = query.trim() ? ui.say("search_short") : "";
      return;
    }
    const typing = !/\s$/.test(query);
    const state = { query: query.trim(), manifest, shown: new Set(), concepts: concepts(manifest, words) };
    current = state;
    for (const concept of state.concepts) {
      const prefix = typing && concept.last && concept.alternatives.length === 1 && concept.words.length === 1;
      concept.lists = await Promise.all(concept.alternatives.map((alternative) =>
        Promise.all(alternative.map((w) => lookup(manifest, w, prefix).then((found) => found.map(([t, entry, weight, how]) => {
          if (how === "close") (state.close = state.close || new Set()).add(t);
          return termList(t, entry, weight);
        }))))));
    }
    if (mine !== generation) return;
    state.hits = new Set(allLists(state).map((l) => l.term));
    state.ranked = rank(state);
    list.replaceChildren();
    await showMore(state, mine, false);
    list.dataset.ms = (performance.now() - started).toFixed(1);
  }

  // Shows the next results, fetching o/ pages when the loaded postings run short.
  async function showMore(state, mine, moveFocus) {
    let next = state.ranked.filter((r) => !state.shown.has(r.key));
    while (next.length < pageSize && incomplete(state).length > 0) {
      await Promise.all(incomplete(state).map((l) => json("o/" + (l.entry[1] + l.pages.length) + ".json").then((page) => l.pages.push(page))));
      state.ranked = rank(state);
      next = state.ranked.filter((r) => !state.shown.has(r.key));
    }
    const top = next.slice(0, pageSize);
    const essays = await Promise.all(top.map((r) => essayJson(state.manifest, r.essay)));
    if (mine !== generation) return;
    const items = top.map((r, i) => result(essays[i], essays[i].sections[r.section], state.hits));
    top.forEach((r) => state.shown.add(r.key));
    list.append(...items);
    if (moveFocus && items.length > 0) items[0].querySelector("a").focus();
    const left = state.ranked.length > state.shown.size || incomplete(state).length > 0;
    more.hidden = !left;
    status.textContent = summary(state, left);
  }

  function summary(state, left) {
    const q = state.query, shown = state.shown.size;
    if (shown === 0) return ui.say("search_none", { query: q });
    const lists = allLists(state);
    const exact = incomplete(state).length === 0 || (lists.length === 1);
    const n = exact ? (lists.length === 1 ? lists[0].entry[0] : state.ranked.length)
      : Math.max(state.ranked.length, ...state.concepts.flatMap((c) => c.lists.filter((a) => a.length === 1).flat(2).map((l) => l.entry[0])));
    const count = ui.say(!exact ? "search_count_at_least" : left ? "search_count" : "search_count_all", { n, query: q, shown });
    return state.close ? count + " " + ui.say("search_close", { terms: ui.list([...state.close]) }) : count;
  }

  function result(essay, section, hits) {
    const [anchor, heading, body] = section;
    // Each part takes its direction from its own text: an Arabic section of an English essay reads right to left.
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = new URL(essay.path + (anchor ? "#" + anchor : ""), root).href;
    const title = document.createElement("span");
    title.className = "result-title";
    title.dir = "auto";
    title.textContent = essay.title;
    link.append(title);
    if (heading) {
      const where = document.createElement("span");
      where.className = "result-section";
      where.dir = "auto";
      highlight(where, heading, hits);
      link.append(where);
    }
    link.addEventListener("click", () => { committed = true; });
    li.append(link);
    const snippet = document.createElement("p");
    snippet.className = "result-snippet";
    snippet.dir = "auto";
    highlight(snippet, sentence(body || heading, hits), hits);
    li.append(snippet);
    return li;
  }

  // The text's sentences: a stop ends one where a space or the end follows, unless it follows a lone
  // letter (the U. of "U.S. forces", the J. of "J. Smith").
  function sentences(body) {
    const found = [];
    const stop = /[.!?؟۔]+["”’)]*(?:\s+|$)/gu;
    let from = 0, m;
    while ((m = stop.exec(body)) !== null) {
      if (m[0].length === 0) { stop.lastIndex++; continue; }
      if (m[0][0] === "." && /(?:^|[^\p{L}])\p{L}$/u.test(body.slice(Math.max(0, m.index - 2), m.index))) continue;
      found.push(body.slice(from, m.index + m[0].length));
      from = m.index + m[0].length;
    }
    if (from < body.length) found.push(body.slice(from));
    return found.length > 0 ? found : [body];
  }

  // The sentence with the most of the query's terms, shortened around the first of them.
  function sentence(body, hits) {
    let best = "", bestCount = -1;
    for (const s of sentences(body)) {
      const count = new Set(text.terms(s).filter((t) => hits.has(t))).size;
      if (count > bestCount) { best = s; bestCount = count; }
    }
    best = best.trim();
    if (best.length <= 240) return best;
    const firstHit = text.words(best).find((w) => hits.has(w[2]));
    const at = Math.max(0, (firstHit ? firstHit[0] : 0) - 80);
    const cut = best.slice(at, at + 240);
    return (at > 0 ? "…" : "") + cut + (at + 240 < best.length ? "…" : "");
  }

  // Marks each word whose term was searched for, as written (diacritics and all).
  function highlight(element, body, hits) {
    let last = 0;
    for (const [start, end, term] of text.words(body)) {
      if (!hits.has(term)) continue;
      element.append(body.slice(last, start));
      const mark = document.createElement("mark");
      mark.textContent = body.slice(start, end);
      element.append(mark);
      last = end;
    }
    element.append(body.slice(last));
  }

  const address = (q) => (q ? "?q=" + encodeURIComponent(q) : location.pathname);
  // A new query after a submit, a followed result or Back is a new history entry; typing refines it.
  function remember(q) {
    if (new URLSearchParams(location.search).get("q") === (q || null)) return;
    if (committed) history.pushState(null, "", address(q)); else history.replaceState(null, "", address(q));
    committed = false;
  }

  let timer = 0;
  const failed = () => {
    status.textContent = ui.say(location.protocol === "file:" ? "search_file" : "search_failed");
  };
  const run = () => search(input.value).catch(failed);
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { remember(input.value.trim()); run(); }, 80);
  });
  input.addEventListener("focus", () => { manifestJson().catch(() => {}); }, { once: true });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value.trim());
    committed = true;
    run();
  });
  more.addEventListener("click", () => {
    committed = true;
    if (current) showMore(current, generation, true).catch(failed);
  });
  // Back and Forward show the query of the entry they land on.
  addEventListener("popstate", () => {
    input.value = new URLSearchParams(location.search).get("q") || "";
    committed = true;
    run();
  });
  // Arrow keys move between the box and the results; Tab works as everywhere else.
  form.parentElement.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (document.activeElement !== input && at < 0) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? at + 1 : at - 1;
    (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
  });

  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    run();
  }
})();
