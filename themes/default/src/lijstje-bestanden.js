// What the list page and search results show of services, from one small file per
// municipality or region (lijstje/<owner>.json, builder/src/directory/lijstje.rs), each
// fetched once. Only those two pages load this: a list page elsewhere does not need it.
(function () {
  "use strict";
  var L = window.wijkwijzerLijstje;
  if (!L) return;
  var files = {};
  // A promise of { id: entry } for the ids that were found.
  L.entries = function (list) {
    var owners = list.map(function (id) {
      return id.split("/")[0];
    });
    return Promise.all(
      owners.map(function (o) {
        // A file that is not there (an old link, a typo) leaves only its services out.
        files[o] =
          files[o] ||
          fetch(L.page + o + ".json")
            .then(function (r) {
              if (!r.ok) throw new Error(String(r.status));
              return r.json();
            })
            .catch(function () {
              return {};
            });
        return files[o];
      })
    ).then(function (found) {
      var out = {};
      list.forEach(function (id, i) {
        var key = id.slice(owners[i].length + 1);
        if (Object.prototype.hasOwnProperty.call(found[i], key)) out[id] = found[i][key];
      });
      return out;
    });
  };
})();
