"""水饺 (dumpling) projects of the food park: dp07–dp12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout578.common import (
    BUREAU,
    PARK,
    YEAR,
    department_book,
    indicators,
    multi_year,
    note,
    one_year,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout578.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dp07-flat-list", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, 0起 on an incident count, weights adding to 100 (correct)")  # fmt: skip
def dp07() -> Book:
    b, s = department_book(
        dept=PARK, budget=[(wan(420), wan(380), wan(40), wan(120), wan(300))],
        goal="为入园水饺生产企业提供准入、抽检和冷链监测服务，全年抽检速冻水饺不少于300批次，"
             "杜绝食品安全事故。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("新入园水饺生产企业", 15, "家", "≥", 12),
        ("速冻水饺产品抽检批次", 15, "批次", "≥", 300),
        ("速冻水饺抽检合格率", 15, "%", "≥", pct(0.98)),
        ("冷链运输温控异常下降率", 10, "%", "≥", 20),
        ("园区食品安全事故", 10, "起", "=", 0),
        ("企业诉求办结时长", 10, "工作日", "≤", 5),
        ("单批次抽检成本", 10, "元/批次", "≤", 800),
        ("入园企业满意度", 15, "%", "≥", 90),
        ("合计", 100),
    ])  # fmt: skip
    sign(s, "廖书砚", "0796-5301163")
    return b


@variant("dp08-three-year", (8,),
         "three-year project (2025–2027), OLD-NAT, 中期 and 年度 columns: a cumulative count "
         "copied, an annual area above the period's, a leftover year in the 年度目标")  # fmt: skip
def dp08() -> Book:
    b, s = project_book(
        name="仿手工水饺生产线及原料基地建设项目", unit="丰禾县麦香居食品有限公司", years=3,
        money_rows=multi_year((1500, 1200, 300), (600, 480, 120)),
        goals=["2025年—2027年建成仿手工水饺生产线4条，累计产水饺6000吨，签约小麦、"
               "蔬菜原料基地3000亩。",
               mk("2023年建成生产线2条，签约原料基地，带动就业60人。", "Y103", "warning",
                  alt=("Y101",), note="项目期2025—2027年，年度目标写2023年")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "水饺生产线建成数", "≥4条", "≥2条"),
        (None, None, "水饺累计产量", "≥6000吨",
         mk("≥6000吨", "D202", "warning", note="三年累计产量原样抄入年度列")),
        (None, None, "签约原料基地面积", "≥3000亩",
         mk("≥3500亩", "D201", "error", note="年度面积大于三年实施期面积")),
        (None, "质量指标", "水饺抽检合格率", "≥99%", "≥99%"),
        (None, "时效指标", "生产线全部投产时间", "2027年6月30日前", "2025年11月30日前"),
        (None, "成本指标", "生产线建设投资", "≤1300万元", "≤520万元"),
        ("效益指标", "经济效益指标", "水饺销售收入", "≥9000万元", "≥3000万元"),
        (None, "社会效益指标", "带动就业人数", "≥150人", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆青垣", "0796-5348820")
    return b


def _stacked_head(s: Sheet, name: str, unit: str, total: float, fiscal: float,
                  goal: str) -> None:  # fmt: skip
    """A second project head under the first one, without a title."""
    s.skip()
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=unit, title="",
                 money=one_year(total, fiscal, total - fiscal), goals=[goal])  # fmt: skip


@variant("dp09-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same rate name with "
         "different values in each project, a subsidy standard × trips within the money "
         "(correct)")  # fmt: skip
def dp09() -> Book:
    b, s = project_book(
        name="速冻水饺冷链配送补助项目", unit="丰禾县槐湾冷链仓储有限公司",
        money_rows=one_year(240, 200, 40),
        goals=["补助速冻水饺冷链配送6000车次，覆盖县外销售网点400个。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "冷链配送车次", "≥6000车次"),
        (None, "质量指标", "产品抽检合格率", "≥98%"),
        (None, None, "配送温度达标率", "≥99%"),
        (None, "时效指标", "补助资金拨付时间", "2025年11月30日前"),
        (None, "成本指标", "配送补助标准", "≤300元/车次"),
        ("效益指标", "社会效益指标", "覆盖县外销售网点", "≥400个"),
        ("满意度指标", "服务对象满意度指标", "配送企业满意度", "≥90%"),
    ])  # fmt: skip
    _stacked_head(s, "水饺馅料净菜加工中心项目", "丰禾县麦香居食品有限公司", 360, 300,
                  "建成净菜加工中心，日处理蔬菜20吨，为园区水饺企业供应净菜馅料。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "净菜日加工能力", "≥20吨"),
        (None, "质量指标", "产品抽检合格率", "≥99%"),
        (None, "时效指标", "加工中心建成时间", "2025年10月31日前"),
        (None, "成本指标", "加工设备购置费", "≤280万元"),
        ("效益指标", "经济效益指标", "馅料采购成本降低率", "≥8%"),
        (None, "可持续影响指标", "加工设备使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "水饺生产企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆青垣", "0796-5348820")
    return b


@variant("dp10-subsidy-serial", (9, 12),
         "project, OLD-NAT, operator and unit columns, a money detail block under the table: a "
         "subsidy standard × trips beyond the money, a deadline as a 5-digit serial")  # fmt: skip
def dp10() -> Book:
    b, s = project_book(
        name="速冻水饺电商冷链配送补贴项目", unit=PARK, money_rows=one_year(180, 150, 30),
        goals=["补贴园区水饺企业电商冷链配送3000车次，建成冷链温控监测平台。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "补贴冷链配送车次", "≥", 3000, "车次"),
        (None, None, "接入温控监测平台车辆", "≥", 60, "辆"),
        (None, "质量指标", "配送途中温度达标率", "≥", 98, "%"),
        (None, "时效指标", "补贴申报截止时间", "≤",
         mk("45869", "X104", "warning", note="文本“45869”是日期序列号（2025-07-31）"), None),
        (None, "成本指标", "单车次配送补贴标准", "≤",
         mk(800, "B107", "warning", row=True,
            note="800元/车次 × 3000车次 = 240万元，超过年度资金180万元"), "元/车次"),
        ("效益指标", "经济效益指标", "电商渠道水饺销售额", "≥", 2000, "万元"),
        ("满意度指标", "服务对象满意度指标", "受补贴企业满意度", "≥", 90, "%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）")
    s.row(None, "冷链配送补贴", wan(150))
    s.row(None, "温控监测平台运维", wan(30))
    s.row(None, "合计", wan(180))
    sign(s, "廖书砚", "0796-5301163")
    return b


def _footed(s: Sheet) -> None:
    """A note inside the table, a repeated header after a page break, then the notes below."""
    s.table([
        ("一、产出指标", "数量指标", "培训水饺制作工", "≥600人"),
        (None, None, "开设手工包制实训班", "≥20期"),
        (None, "质量指标", "结业考核合格率", "≥95%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：培训对象为园区水饺企业在岗及新招录员工，不含管理人员。")
    s.row(*HEAD)
    s.table([
        ("一、产出指标", "时效指标", "培训完成时间", "2025年11月30日前"),
        ("二、成本指标", "经济成本指标", "人均培训补贴标准", "≤1600元/人"),
        ("三、效益指标", "社会效益指标", "培训后稳定就业人数", "≥450人"),
        ("四、满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip


@variant("dp11-notes-page-break", (4,),
         "project, NAT-2021, one value column: a 注 row inside the table, the header repeated "
         "after a page break, 填表说明 and signature lines; standard × count equals the money "
         "(correct)")  # fmt: skip
def dp11() -> Book:
    b, s = project_book(
        name="水饺制作技能培训项目", unit=PARK, money_rows=one_year(96, 96, 0),
        goals=["培训园区水饺制作工600人，开设实训班20期，培训后稳定就业450人以上。"])  # fmt: skip
    s.row(*HEAD)
    _footed(s)
    s.skip()
    note(s, "填表说明：1.指标值须量化，定性指标写明等级；2.成本指标按现行培训补贴标准填列。")
    note(s, "说明：人均培训补贴1600元×600人=96万元，即本项目年度资金。")
    sign(s, "廖书砚", "0796-5301163")
    return b


@variant("dp12-stacked-defects", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: in the second a quality "
         "rate under 数量指标 and a placeholder value")  # fmt: skip
def dp12() -> Book:
    b, s = project_book(
        name="水饺包装材料集中采购项目", unit=PARK, money_rows=one_year(120, 100, 20),
        goals=["集中采购水饺包装袋、托盘，降低园区企业包装成本。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "集中采购包装袋", "≥300万个"),
        (None, "质量指标", "包装材料验收合格率", "=100%"),
        (None, "时效指标", "采购完成时间", "2025年6月30日前"),
        (None, "成本指标", "包装袋采购单价", "≤0.3元/个"),
        ("效益指标", "经济效益指标", "企业包装成本降低率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "采购企业满意度", "≥90%"),
    ])  # fmt: skip
    rows: list[Any] = [
        ("产出指标", "数量指标", "蔬菜订单收购量", "≥1500吨"),
        (None, None, mk("馅料蔬菜农残检测合格率", "F201", "warning", row=True,
                        note="合格率属质量指标，填在数量指标下"), "≥98%"),
        (None, "时效指标", "收购款结算时限", "≤15个工作日"),
        (None, "成本指标", "订单收购保护价", "≤2.4元/公斤"),
        ("效益指标", "社会效益指标", "带动蔬菜种植户",
         mk("≥**户", "X101", "error", note="占位符“**”未替换")),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ]  # fmt: skip
    _stacked_head(s, "水饺馅料蔬菜订单收购项目", "丰禾县麦香居食品有限公司", 420, 360,
                  "订单收购白菜、韭菜等馅料蔬菜1500吨，带动种植户增收。")  # fmt: skip
    indicators(s, HEAD, rows)
    sign(s, "骆青垣", "0796-5348820")
    return b
