"""PostgreSQL 15 for Odoo 11: text output of double precision values as on PostgreSQL <= 11.

Odoo 11 reads float columns (``fields.Float`` without digits) through their text output.
Up to PostgreSQL 11 that output was rounded to 15 significant digits (``extra_float_digits``
= 0); PostgreSQL 12 made the default 1, the shortest text that reads back exactly, so a sum
stored as 999.9975000000001 no longer reads as 999.9975. Odoo 11 (and its stock tests)
expect the former: every connection of the process asks for it through libpq's PGOPTIONS.
"""
import os

OPTION = '-c extra_float_digits=0'


def apply():
    options = os.environ.get('PGOPTIONS', '')
    if 'extra_float_digits' not in options:
        os.environ['PGOPTIONS'] = (options + ' ' + OPTION).strip()
