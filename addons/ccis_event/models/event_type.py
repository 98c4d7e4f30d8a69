from odoo import fields, models

EVENT_KINDS = [
    ('b2b', 'B2B Meeting'),
    ('fair', 'Trade Fair or Exhibition'),
    ('seminar', 'Seminar or Conference'),
    ('info_day', 'Information Day'),
    ('training', 'Training Session'),
    ('mission', 'Business Mission Abroad'),
]


class EventType(models.Model):
    _inherit = 'event.type'

    ccis_kind = fields.Selection(
        EVENT_KINDS, string='Kind (Chamber)', index=True,
        help='Kind of the event for the chamber: it enables the specific tabs (training, B2B meetings, '
             'mission) and is used by the indicators.')
    ccis_name_ar = fields.Char(string='Label (Arabic)')
