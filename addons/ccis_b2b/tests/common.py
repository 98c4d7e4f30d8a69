from odoo.addons.ccis_event.tests.common import CcisEventCommon


class CcisB2bCommon(CcisEventCommon):
    """ccis_event's small chamber, with the B2B meetings' event type."""

    @classmethod
    def setUpClass(cls):
        super(CcisB2bCommon, cls).setUpClass()
        cls.type_b2b = cls.env.ref('ccis_b2b.event_type_b2b')
