import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import { advanceShipment, type ShipmentRow, shipmentsById } from '../data/shipments';
import type { NotificationsDatabase } from '../db';
import { type PostalService, ProviderError } from '../providers/types';
import { requireMessageOfficer } from './access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Asks the post office first: only its yes makes the shipment cancelled here. */
export async function cancelShipment(
  db: NotificationsDatabase,
  postal: PostalService,
  identity: Identity,
  id: string,
): Promise<ShipmentRow> {
  const shipment = UUID.test(id) ? (await shipmentsById(db, [id])).get(id) : undefined;
  if (!shipment) throw userError('NOT_FOUND', 'Không tìm thấy bưu gửi này', 'No such shipment', { id });
  requireMessageOfficer(identity, shipment.unitCode);
  if (shipment.status !== 'BOOKED' || !shipment.waybillNumber) {
    throw userError(
      'CONFLICT',
      'Chỉ hủy được bưu gửi đã đặt mà bưu điện chưa đến lấy',
      'Only a booked shipment the post office has not picked up can be cancelled',
      { status: shipment.status },
    );
  }
  try {
    await postal.cancel(shipment.waybillNumber);
  } catch (error) {
    if (error instanceof ProviderError && error.kind === 'permanent') {
      throw userError(
        'CONFLICT',
        'Bưu điện không cho hủy bưu gửi này (có thể đã lấy hàng)',
        'The post office refused the cancellation (it may have picked it up)',
      );
    }
    throw userError(
      'UNAVAILABLE',
      'Không liên lạc được với bưu điện, vui lòng thử lại sau',
      'The post office cannot be reached, please try again later',
    );
  }
  return db.transaction(async (tx) => {
    const cancelled = await advanceShipment(tx, shipment.id, {
      from: 'BOOKED',
      to: 'CANCELLED',
      at: new Date(),
    });
    if (!cancelled) {
      throw userError('CONFLICT', 'Bưu gửi vừa thay đổi trạng thái', 'The shipment changed meanwhile');
    }
    return cancelled;
  });
}
