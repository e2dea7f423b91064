#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes hostile workbooks, each refused with a message:
  bomb.xlsx          a sheet part of 2 GiB of spaces, 2 MB packed: the
                     unpacked size is over the limit
  huge-row.xlsx      a cell at row 99,999,999, past what Excel allows
  doctype.xlsx       a part that declares a document type (entities)
Run: /usr/bin/python3 make-hostile.py"""
import zipfile

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
      '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>')
HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
TAIL = '</sheetData></worksheet>'


def workbook(name, sheet_writer):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("xl/workbook.xml", WB)
        z.writestr("xl/_rels/workbook.xml.rels", RELS)
        sheet_writer(z)


def bomb(z):
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write(HEAD.encode())
        chunk = b" " * (1 << 20)
        for _ in range(2048):
            f.write(chunk)
        f.write(TAIL.encode())


def huge_row(z):
    z.writestr("xl/worksheets/sheet1.xml", HEAD + '<row r="99999999"><c r="A99999999" t="inlineStr"><is><t>x</t></is></c></row>' + TAIL)


def doctype(z):
    z.writestr("xl/worksheets/sheet1.xml",
               '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
               '<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>')


workbook("bomb.xlsx", bomb)
workbook("huge-row.xlsx", huge_row)
workbook("doctype.xlsx", doctype)
