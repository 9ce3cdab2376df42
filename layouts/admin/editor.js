/*
 * The project's own widget for the web editor (Decap CMS), loaded only by
 * /admin/ after the CMS: dates. The data contract writes dates as ISO C.E.
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
})();
