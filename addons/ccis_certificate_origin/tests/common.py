import base64

from odoo import SUPERUSER_ID

from odoo.addons.ccis_base.tests.parallel import ParallelTransactions, RetryCounter
from odoo.addons.ccis_service.tests.common import ServiceCase, new_ice

PDF = base64.b64encode(b'%PDF-1.4\n%%EOF')


def certificate_values(env, partner, **vals):
    """A complete application: goods line and the required documents."""
    ref = env.ref
    values = {
        'partner_id': partner.id,
        'consignee_name': 'Importateur Test SL',
        'destination_country_id': ref('base.es').id,
        'transport_mode': 'road',
        'line_ids': [(0, 0, {'name': 'Tomates fraîches', 'hs_code': '070200',
                             'origin_country_id': ref('base.ma').id, 'quantity': 100,
                             'gross_weight': 2200, 'net_weight': 2000, 'value': 650000})],
        'document_ids': [(0, 0, {'type_id': ref(xmlid).id, 'file': PDF, 'file_name': 'p.pdf'})
                         for xmlid in (
                             'ccis_certificate_origin.ccis_certificate_document_type_invoice',
                             'ccis_certificate_origin.ccis_certificate_document_type_dum',
                             'ccis_certificate_origin.ccis_certificate_document_type_packing_list')],
    }
    values.update(vals)
    return values


class CertificateCase(ServiceCase):

    @classmethod
    def setUpClass(cls):
        super(CertificateCase, cls).setUpClass()
        cls.Certificate = cls.env['ccis.certificate.origin']

    def new_certificate(self, user=None, partner=None, **vals):
        return self.Certificate.sudo(user or self.user_agent).create(
            certificate_values(self.env, partner or self.member, **vals))


__all__ = ['CertificateCase', 'ParallelTransactions', 'RetryCounter', 'SUPERUSER_ID', 'new_ice']
