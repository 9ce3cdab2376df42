/*
 * The project's own parts of the web editor (Decap CMS), loaded only by
 * /admin/ after the CMS: a date widget, what every save does to the data, and
 * how JSON files are written.
 *
 * Dates. The data contract writes dates as ISO C.E.
 * strings (2022-08-01) and refuses dates that do not exist, B.E. years typed
 * as C.E. and dates in the future (scripts/lib/schema.ts, load-context.ts).
 * The form refuses the same before it saves, and shows the date the Thai way
 * (1 สิงหาคม 2565) beside the field. Today is taken in Asia/Bangkok, as the
 * build takes it.
 */
(function () {
  "use strict";
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;
  var ISO = /^\d{4}-\d{2}-\d{2}$/;

  function today() {
    return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  }

  function realDate(s) {
    var d = new Date(s + "T00:00:00Z");
    return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }

  function thaiDate(s) {
    return new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(s + "T00:00:00Z"));
  }

  /** Why a date may not be saved, in Thai (the build's words), or null. */
  function problem(value) {
    if (value === undefined || value === null || value === "") return null;
    if (typeof value !== "string" || !ISO.test(value)) return "วันที่ต้องอยู่ในรูป ปปปป-ดด-วว แบบ ค.ศ. เช่น 2022-08-01";
    var year = Number(value.slice(0, 4));
    if (year > 2400) return "ปี " + year + " เป็นปี พ.ศ. ให้เขียนวันที่เป็น ค.ศ. (" + year + " → " + (year - 543) + ")";
    if (!realDate(value)) return "ไม่มีวันที่ " + value + " ในปฏิทิน";
    if (value > today()) return "วันที่ " + value + " อยู่ในอนาคต ใส่วันที่ที่เกิดขึ้นแล้ว";
    return null;
  }

  var IsoDateControl = createClass({
    isValid: function () {
      var why = problem(this.props.value);
      return why ? { error: { message: why } } : true;
    },
    render: function () {
      var self = this;
      var value = typeof this.props.value === "string" ? this.props.value : "";
      var why = problem(value);
      return h(
        "div",
        { className: this.props.classNameWrapper },
        h("input", {
          type: "date",
          id: this.props.forID,
          value: ISO.test(value) ? value : "",
          max: today(),
          lang: "th",
          onChange: function (e) {
            self.props.onChange(e.target.value);
          },
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle,
          style: { font: "inherit", padding: "4px", border: "1px solid #ccc", borderRadius: "4px" },
        }),
        h("span", { className: "prongsai-be", style: { marginLeft: "12px" } }, value && !why ? thaiDate(value) : why || ""),
      );
    },
  });

  var IsoDatePreview = createClass({
    render: function () {
      var value = this.props.value;
      return h("span", null, typeof value === "string" && !problem(value) ? thaiDate(value) : value || "");
    },
  });

  CMS.registerWidget("isodate", IsoDateControl, IsoDatePreview);

  /*
   * Before a save: what the file's path says (a year's folder, an indicator's
   * number) goes into the fields that must repeat it, also in a file the form
   * creates; and a field left empty is left out, since the contract has no
   * empty text (an empty optional field is one that is not there).
   */
  var YEAR_FILE = /^data\/(\d{4})\/(ita|measures|oit)\.json$/;
  var ITEM_FILE = /^content\/(\d{4})\/oit\/o[1-9][0-9]*\.md$/;
  var COMMENTARY_FILE = /^content\/\d{4}\/analysis\/indicator-(\d+)\.md$/;

  function isCollection(v) {
    return v !== null && typeof v === "object" && typeof v.filter === "function" && typeof v.toJS === "function";
  }

  function withoutEmpty(v) {
    if (!isCollection(v)) return v;
    return v
      .map(withoutEmpty)
      .filter(function (x) {
        return x !== "" && x !== null && x !== undefined;
      });
  }

  CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var entry = event.entry;
      var data = withoutEmpty(entry.get("data"));
      var path = entry.get("path") || "";
      var m;
      if ((m = YEAR_FILE.exec(path)) || (m = ITEM_FILE.exec(path))) data = data.set("fiscalYear", Number(m[1]));
      if ((m = COMMENTARY_FILE.exec(path))) data = data.set("indicator", Number(m[1]));
      return data;
    },
  });

  /*
   * JSON as the contract's examples write it: fields in the form's order (the
   * CMS keeps larger objects in no particular order), two spaces, short lists
   * and objects of plain values on one line, and a newline at the end.
   */
  var orderElement = document.getElementById("prongsai-field-order");
  var FIELD_ORDER = orderElement ? JSON.parse(orderElement.textContent) : {};

  function ordered(value, keys) {
    if (Array.isArray(value)) {
      return value.map(function (v) {
        return ordered(v, keys);
      });
    }
    if (value === null || typeof value !== "object") return value;
    var rank = function (k) {
      var i = keys ? keys.indexOf(k) : -1;
      return i < 0 ? Infinity : i;
    };
    var out = {};
    Object.keys(value)
      .map(function (k, i) {
        return { k: k, i: i };
      })
      .sort(function (a, b) {
        return rank(a.k) - rank(b.k) || a.i - b.i;
      })
      .forEach(function (e) {
        out[e.k] = ordered(value[e.k], FIELD_ORDER[e.k]);
      });
    return out;
  }

  /*
   * Numbers as the files spell them. A form holds 96.30 as the number 96.3;
   * written back plainly, every untouched 96.30, 98.50 or 1e2 in the file
   * would change in the commit. Each "key": number a file holds is
   * remembered by its key and value, and a number saved under the same key
   * with the same value keeps that spelling; a changed value is written
   * plainly. (A spelling remembered from another file can only ever stand
   * for the same number.)
   */
  var SPELLING = new Map();
  // a member whose value is a number in JSON's own grammar (no leading zeros, no "+"), then the end of the value
  var MEMBER_NUMBER = /"((?:[^"\\]|\\.)*)"\s*:\s*(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=\s*[,}\]])/g;

  function rememberSpelling(text) {
    var m;
    MEMBER_NUMBER.lastIndex = 0;
    while ((m = MEMBER_NUMBER.exec(text))) {
      var n = Number(m[2]);
      if (String(n) === m[2]) continue;
      try {
        SPELLING.set(JSON.parse('"' + m[1] + '"') + "=" + n, m[2]);
      } catch (e) {
        // not a key after all (the pattern met the inside of a string): nothing to remember
      }
    }
  }

  function number(value, key) {
    var spelt = key === undefined ? undefined : SPELLING.get(key + "=" + value);
    return spelt !== undefined && Object.is(Number(spelt), value) ? spelt : JSON.stringify(value);
  }

  function member(value, key) {
    return typeof value === "number" ? number(value, key) : JSON.stringify(value);
  }

  function toJson(value, indent, key) {
    var inner = indent + "  ";
    if (Array.isArray(value)) {
      if (value.length === 0) return "[]";
      var plain = value.every(function (v) {
        return v === null || typeof v !== "object";
      });
      var flat = "[" + value.map(function (v) {
        return JSON.stringify(v);
      }).join(", ") + "]";
      if (plain && flat.length + indent.length <= 100) return flat;
      return "[\n" + value.map(function (v) {
        return inner + toJson(v, inner);
      }).join(",\n") + "\n" + indent + "]";
    }
    if (value !== null && typeof value === "object") {
      var keys = Object.keys(value);
      if (keys.length === 0) return "{}";
      var flatObject = "{ " + keys.map(function (k) {
        return JSON.stringify(k) + ": " + member(value[k], k);
      }).join(", ") + " }";
      if (keys.every(function (k) {
        return value[k] === null || typeof value[k] !== "object";
      }) && flatObject.length + indent.length <= 80) return flatObject;
      return "{\n" + keys.map(function (k) {
        return inner + JSON.stringify(k) + ": " + toJson(value[k], inner, k);
      }).join(",\n") + "\n" + indent + "}";
    }
    return member(value, key);
  }

  CMS.registerCustomFormat("prongsai-json", "json", {
    fromFile: function (text) {
      // a file the form is about to create reads as empty
      if (/^\s*$/.test(text)) return {};
      var data = JSON.parse(text.replace(/^\uFEFF/, ""));
      rememberSpelling(text); // only a file that is JSON: a broken one could teach a spelling that is not
      return data;
    },
    toFile: function (data, sortedKeys) {
      return toJson(ordered(data, sortedKeys), "") + "\n";
    },
  });
})();
