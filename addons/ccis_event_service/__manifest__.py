# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Suite – Paid Events and Training',
    'summary': 'Participation fees for events and training: invoice to the member when the '
               'registration is confirmed, credit note on cancellation, revenue in the review',
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': ['ccis_event', 'ccis_service'],
    'data': [
        'data/product_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'views/event_event_views.xml',
        'views/event_registration_views.xml',
    ],
    'demo': [
        'demo/event_event_demo.xml',
    ],
    'installable': True,
    'auto_install': True,
}
