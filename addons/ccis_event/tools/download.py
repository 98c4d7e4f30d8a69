"""Hand a generated file to the user: store it as an attachment of the records and return
the action that downloads it."""
import base64

XLSX_MIMETYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def xlsx_download_action(records, name, content):
    """Attach the XLSX ``content`` (bytes) named ``name`` to the first of ``records`` and
    return the URL action that downloads it."""
    attachment = records.env['ir.attachment'].create({
        'name': name,
        'datas_fname': name,
        'datas': base64.b64encode(content),
        'res_model': records._name,
        'res_id': records[:1].id,
        'mimetype': XLSX_MIMETYPE,
    })
    return {
        'type': 'ir.actions.act_url',
        'url': '/web/content/%s?download=true' % attachment.id,
        'target': 'self',
    }
