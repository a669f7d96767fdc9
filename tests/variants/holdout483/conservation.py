"""Returns zy01–zy06: mural conservation projects (加固, 脱盐, 病害调查, 微环境监测)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout483.common import (
    BUREAU,
    INSTITUTE,
    YEAR,
    funds,
    indicators,
    note,
    sign,
    start,
    wan,
)
from tests.variants.holdout483.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("zy01-mural-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 only in the "
         "number format (correct)")  # fmt: skip
def zy01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="黛峪石窟第12窟空鼓壁画抢险加固",
        dept=BUREAU,
        unit=INSTITUTE,
        money=funds(wan(180), wan(150), wan(30)),
        goals=["完成第12窟南壁、西壁空鼓与起甲壁画加固600平方米，险情得到控制。"],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "空鼓壁画灌浆加固面积", "≥", 480, "平方米"),
        (None, None, "起甲壁画回贴面积", "≥", 120, "平方米"),
        (None, "质量指标", "加固工程验收合格率", "=", pct(1), "%"),
        (None, None, "灌浆材料检测达标率", "≥", pct(0.98), "%"),
        (None, "时效指标", "现场施工完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "壁画加固单位面积成本", "≤", 0.3, "万元/平方米"),
        ("效益指标", "社会效益指标", "加固区域病害复发率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "修复档案归档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "验收专家满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zy02-desalting-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column: a typed percent above 100 % on a 合格率 and a "
         "反向 recurrence rate with ≥")  # fmt: skip
def zy02() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="璃岩石窟第3窟酥碱壁画脱盐修复",
        dept=BUREAU,
        unit=INSTITUTE,
        money=funds(wan(96), wan(80), wan(16)),
        goals=["完成第3窟东壁酥碱壁画脱盐修复200平方米，可溶盐含量明显下降。"],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "酥碱壁画脱盐修复面积", "≥", 200, "平方米"),
        (None, None, "可溶盐含量检测点位", "≥", 60, "个"),
        (None, "质量指标", "脱盐处理验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100 %")),
        (None, "时效指标", "修复工程完工时间", "≤", day(YEAR, 11, 15, CN_DATE), None),
        (None, "成本指标", "脱盐修复单位面积成本", "≤", 0.45, "万元/平方米"),
        ("效益指标", "社会效益指标", "修复区域酥碱病害复发率",
         mk("≥", "T108", "warning", row=True, note="a recurrence rate is 反向: ≤ expected"),
         pct(0.08), "%"),
        (None, "可持续影响指标", "脱盐工艺规程形成", "=", 1, "套"),
        ("满意度指标", "服务对象满意度指标", "验收专家满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zy03-survey-decorated-tiers", (5,),
         "project, NAT-2021, one value column, numbered tier labels with points "
         "(一、产出指标（50分）, （一）, 1.) and a ★ core indicator (correct)")  # fmt: skip
def zy03() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="赭屏石窟壁画病害调查与档案建设",
        dept=BUREAU,
        unit="赭屏石窟文物保管所",
        money=funds(wan(120), wan(120), wan(0)),
        goals=["完成45个洞窟壁画病害调查，建立病害图与档案，为分级保护提供依据。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（50分）", "（一）数量指标", "★壁画病害调查洞窟数", "≥45个"),
        (None, None, "病害图绘制幅数", "≥180幅"),
        (None, "（二）质量指标", "病害调查记录完整率", "≥95%"),
        (None, "（三）时效指标", "调查报告提交时间", "2025年11月30日前"),
        ("二、成本指标（10分）", "1.经济成本指标", "单窟调查成本", "≤2.4万元/个"),
        ("三、效益指标（30分）", "1.社会效益指标", "高风险病害识别覆盖率", "≥90%"),
        (None, "2.可持续影响指标", "病害档案数据库更新周期", "≤12个月"),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "保管所专业人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zy04-abbreviated-wrong-parent", (5, 6, 13),
         "project, NAT-2021, abbreviated tier labels (产出, 数量): 质量指标 under 效益, a "
         "template tier-2 left empty, a value without a name")  # fmt: skip
def zy04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="黛峪石窟第7窟颜料层起甲病害修复", dept=BUREAU,
                 unit=INSTITUTE, money=funds(wan(64), wan(64), wan(0)),
                 goals=["完成第7窟起甲壁画回贴修复150平方米，颜料层保持稳定。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出", "数量", "起甲壁画回贴面积", "≥150平方米"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥40个"),
        (None, "时效", "修复工程完工时间", "2025年10月31日前"),
        ("成本", "经济成本", "回贴修复单位面积成本", "≤0.4万元/平方米"),
        ("效益", "社会效益", "修复后颜料层脱落面积", "≤1平方米"),
        (None, mk("质量指标", "F105", "error", note="质量 belongs under 产出, not 效益"),
         "回贴部位验收合格率", "≥95%"),
        (None, mk("生态效益", "F109", "warning", row=True,
                  note="template tier-2 left without indicator"), None, None),
        ("满意度", "服务对象满意度", "验收专家满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zy05-microclimate-footnotes", (4,),
         "project, OLD-NAT, one value column: a note row between tiers, 填表说明 and a "
         "signature line dated the year before (correct)")  # fmt: skip
def zy05() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="云岫寺石窟壁画微环境监测系统运维",
        dept=BUREAU,
        unit="云岫寺石窟文物管理所",
        money=funds(wan(72), wan(60), wan(12)),
        goals=["保障32个洞窟温湿度与二氧化碳监测连续运行，超限时长明显下降。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "在线监测洞窟数", "≥32个"),
        (None, "质量指标", "监测数据有效获取率", "≥95%"),
        (None, "时效指标", "设备故障修复时限", "≤48小时"),
        (None, "成本指标", "单窟年度运维成本", "≤2.2万元/个"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：超限时长以2024年监测记录为基数，下降率按正数填写。")
    s.table([
        ("效益指标", "社会效益指标", "洞窟相对湿度超限时长下降率", "≥15%"),
        (None, "可持续影响指标", "监测数据年度分析报告", "≥1份"),
        ("满意度指标", "服务对象满意度指标", "文物管理所专业人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标值应可量化、可考核；2.金额单位为万元。")
    sign(s, "韦岑", "0719-5582163", day(YEAR - 1, 12, 16, CN_DATE))
    return b


@variant("zy06-reinforcement-money-wrong", (12,),
         "project, OLD-NAT, money block and a 资金明细 block: 年度资金总额 ≠ 财政拨款 + 其他资金, "
         "lines not adding to their 合计")  # fmt: skip
def zy06() -> Book:
    b, s = start()
    total = mk(money(260), "B101", "error", note="200 + 40 = 240, not 260")
    project_head(s, year=YEAR, name="赭屏石窟崖体裂隙与壁画支护加固", dept=BUREAU,
                 unit="赭屏石窟文物保管所", money=funds(total, money(200), money(40)),
                 goals=["完成崖体裂隙锚固及第5窟壁画支护加固，消除坍塌险情。"])  # fmt: skip
    s.row("资金明细（万元）", "支出内容", None, "金额", "测算依据", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    for item, amount, basis in [
        ("锚固与灌浆材料费", 62, "锚杆、灌浆材料"),
        ("施工人工费", 98, "40人×7个月"),
        ("检测分析费", 45, "无损检测与材料试验"),
        ("专家咨询费", 15, "方案论证3次"),
    ]:
        s.row(None, item, None, money(amount), basis, None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, mk(money(240), "B102", "error", note="lines add to 220"),
          None, None, merge=[(2, 3), (5, 6)])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "裂隙锚固长度", "≥320米"),
        (None, "质量指标", "锚固工程验收合格率", "100%"),
        (None, "时效指标", "主体工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "锚固单位长度成本", "≤0.5万元/米"),
        ("效益指标", "社会效益指标", "崖体险情消除率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
