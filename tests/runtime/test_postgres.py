"""Double precision values read as on the PostgreSQL Odoo 11 was made for."""
import os

import psycopg2


def test_pgoptions_ask_for_15_digit_floats():
    assert 'extra_float_digits=0' in os.environ['PGOPTIONS']


def test_float_text_output_is_rounded_like_postgresql_11():
    connection = psycopg2.connect(dbname='postgres')
    try:
        cursor = connection.cursor()
        cursor.execute('SHOW extra_float_digits')
        assert cursor.fetchone()[0] == '0'
        cursor.execute("SELECT 999.9975000000001::float8")
        assert cursor.fetchone()[0] == 999.9975
    finally:
        connection.close()
