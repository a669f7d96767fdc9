"""Returns gw13–gw18: 订单收购 (contract purchasing) of 苦荞 and 藜麦."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout663.buckwheat import HEAD_PERIOD
from tests.variants.holdout663.common import (
    HEAD6,
    first,
    indicators,
    multi_year,
    one_year,
    project,
    w,
)
from tests.variants.holdout663.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "岗日县农业农村局 417"
UNIT_CODE = "417003"
PROJ_CODE = "54102525T000004171880"
HEAD7 = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")


@variant("gw13-system-export", (7, 12),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes "
         "in the first columns, header on the third row, subsidy standard × tonnage equal to its "
         "line (correct)")  # fmt: skip
def gw13() -> Book:
    b, s = first("部门项目支出预算05-1", (24, 22, 22, 14))
    s.title("2025年部门项目支出预算表", 4)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "金额")
    s.row(PROJ_CODE, "高原杂粮订单收购奖补", "订单收购奖补资金", w(36))
    s.row(PROJ_CODE, "高原杂粮订单收购奖补", "收购质量检测费", w(6))
    s.row(PROJ_CODE, "高原杂粮订单收购奖补", "合同履约保险补贴", w(8))
    s.row(None, "合计", None, w(50))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 24, 12, 14, 26, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("年度绩效目标", "订单收购苦荞800吨、藜麦400吨，合计1200吨，签约种植户900户。",
          merge=[(2, 8)])  # fmt: skip
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "苦荞订单收购量", "≥", 800, "吨"),
        ("产出指标", "数量指标", "藜麦订单收购量", "≥", 400, "吨"),
        ("产出指标", "数量指标", "签约种植户数", "≥", 900, "户"),
        ("产出指标", "质量指标", "收购杂粮质量检测覆盖率", "=", 100, "%"),
        ("产出指标", "时效指标", "收购款兑付时限", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "订单收购奖补标准", "≤", 300, "元/吨"),
        ("效益指标", "经济效益指标", "签约户户均增收", "≥", 1200, "元"),
        ("效益指标", "社会效益指标", "订单合同履约率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥", 90, "%"),
    ]:
        t.row(UNIT_CODE, PROJ_CODE, *line)
    return b


@variant(
    "gw14-price-protection",
    (12, 1),
    "project, NAT-2021, operator and unit columns, percent cells: 年度资金总额 ≠ 财政拨款 + "
    "其他资金, subsidy × tonnage above the money, a payment deadline later than the goal's",
)
def gw14() -> Book:
    goal = "与岗日县4家合作社签订藜麦收购订单1500吨，9月30日前完成收购款兑付。"
    cash = [("年度资金总额", mk(w(25), "B101", "error", note="20 + 8 = 28 ≠ 25"),
             "其中：财政拨款", w(20)), (None, None, "其他资金", w(8))]  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "藜麦订单收购量", "≥", 1500, "吨"),
        (None, None, "签约合作社数量", "≥", 4, "家"),
        (None, "质量指标", "收购藜麦一等品率", "≥", pct(0.8), "%"),
        (None, "时效指标", "收购款兑付完成时间", "≤",
         mk("11月30日", "D104", "warning", row=True, alt=("Y102",),
            note="年度目标写9月30日前完成兑付"), "日期"),
        ("成本指标", "经济成本指标", "订单收购价格补贴标准", "≤",
         mk(200, "B107", "warning", row=True, note="200元/吨 × 1500吨 = 30万元，超过资金"),
         "元/吨"),
        ("效益指标", "经济效益指标", "签约农户户均增收", "≥", 1500, "元"),
        (None, "社会效益指标", "订单履约率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    return project(2025, "藜麦订单收购价格保护", "岗日县供销合作社联合社", cash, [goal],
                   HEAD6, rows, dept=DEPT)  # fmt: skip


@variant("gw15-direction-words", (11, 1),
         "project, NAT-2021, 指标性质 as direction (正向/反向), operators in words in their own "
         "column, percent cells: 0起 incidents, a 下降率 with 大于等于 (correct)")  # fmt: skip
def gw15() -> Book:
    b, s = first(widths=(14, 16, 28, 10, 12, 12, 12))
    project_head(s, year=2025, name="苦荞藜麦订单收购质量安全保障", dept=DEPT,
                 unit="岗日县农产品质量安全检测站", money=one_year(w(40), w(35), w(5)),
                 goals=["订单收购苦荞、藜麦2000吨，收购环节质量安全事故为0，"
                        "订单违约率控制在3%以内。"])  # fmt: skip
    indicators(s, HEAD7, [
        ("产出指标", "数量指标", "订单收购总量", "正向", "大于等于", 2000, "吨"),
        (None, None, "收购环节质量安全事故", "反向", "等于", 0, "起"),
        (None, "质量指标", "收购杂粮水分超标率", "反向", "小于等于", pct(0.02), "%"),
        (None, "时效指标", "质量检测出具报告时限", "反向", "小于等于", 3, "个工作日"),
        ("成本指标", "经济成本指标", "每吨检测费用", "反向", "小于等于", 80, "元/吨"),
        ("效益指标", "经济效益指标", "订单违约率", "反向", "小于等于", pct(0.03), "%"),
        (None, "社会效益指标", "收购质量投诉下降率", "正向", "大于等于", pct(0.2), "%"),
        (None, "生态效益指标", "收购包装物回收率", "正向", "大于等于", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "售粮农户满意度", "正向", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("gw16-signing-direction", (11,),
         "project, NAT-2021, 指标性质 as operator, unit column: a default rate with ≥, the "
         "signed-household count again under 社会效益 with another value")  # fmt: skip
def gw16() -> Book:
    goal = "组织签约农户1200户订单种植苦荞和藜麦，订单面积8000亩。"
    rows = [
        ("产出指标", "数量指标", "订单签约农户数", "≥", 1200, "户"),
        (None, None, "订单种植面积", "≥", 8000, "亩"),
        (None, "质量指标", "订单合同规范签订率", "≥", pct(0.98), "%"),
        (None, "时效指标", "订单合同签订完成时间", "≤", "2025年4月30日", None),
        ("成本指标", "经济成本指标", "签约服务费标准", "≤", 25, "元/户"),
        ("效益指标", "经济效益指标", "订单违约率",
         mk("≥", "T108", "warning", row=True, note="违约率是反向指标"), 5, "%"),
        (None, "社会效益指标", "订单签约农户数", "≥",
         mk(1500, "D102", "error", row=True, alt=("D101", "D103", "D104"),
            note="与数量指标下同名指标1200户不同，目标写1200户"), "户"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    return project(2025, "高原杂粮订单种植签约服务", "岗日县农村经营管理站",
                   one_year(w(32), w(30), w(2)), [goal], HEAD6, rows, dept=DEPT)  # fmt: skip


@variant("gw17-network-period", (8, 12, 4),
         "three-year project, NAT-2021, 实施期 and 年度 columns and money blocks, period counts "
         "beside smaller year counts, header repeated after a page break (correct)")  # fmt: skip
def gw17() -> Book:
    b, s = first()
    project_head(s, year=2025, name="高原杂粮订单收购网点建设", dept=DEPT,
                 unit="岗日县供销合作社联合社", years=3, attr="新增项目",
                 money=multi_year((w(450), w(390), w(60)), (w(150), w(130), w(20))),
                 goals=["2025—2027年建成订单收购网点15个，累计订单收购苦荞、藜麦6000吨，"
                        "签约农户3000户。",
                        "2025年建成订单收购网点5个，订单收购2000吨（苦荞1300吨、藜麦700吨），"
                        "签约农户1000户。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "订单收购网点建设数量", "≥15个", "≥5个", None),
        (None, None, "苦荞订单收购量", "≥3900吨", "≥1300吨", None),
        (None, None, "藜麦订单收购量", "≥2100吨", "≥700吨", None),
        (None, None, "签约农户数", "≥3000户", "≥1000户", "逐年新增"),
    ])  # fmt: skip
    s.skip()
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "质量指标", "收购网点验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "年度网点建成时间", "2027年10月底前", "2025年10月底前", None),
        ("成本指标", "经济成本指标", "网点建设补助标准", "≤25万元/个", "≤25万元/个", None),
        ("效益指标", "经济效益指标", "签约农户户均增收", "≥1500元", "≥1500元", None),
        (None, "可持续影响指标", "收购网点持续运营年限", "≥5年", "≥5年", None),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("gw18-processing-period", (8, 9, 12),
         "two-year project, NAT-2021, 实施期 and 年度 columns: 年度资金 above 中期资金, 年度目标 "
         "copied from 中期目标, a deadline stored as a date serial in a text cell")  # fmt: skip
def gw18() -> Book:
    text = "2025—2026年订单收购藜麦2400吨，建成藜麦米和藜麦粉生产线各1条，带动农户900户。"
    goals = [text, mk(text, "D204", "warning", note="年度目标照抄中期目标")]
    annual = mk(w(360), "B103", "error", note="年度资金360万元大于中期资金300万元")
    cash = multi_year((w(300), w(260), w(40)), (annual, w(330), w(30)))
    rows = [
        ("产出指标", "数量指标", "藜麦订单收购量", "≥2400吨", "≥1200吨", None),
        (None, None, "生产线建设数量", "≥2条", "≥1条", None),
        (None, None, "带动农户数", "≥900户", "≥500户", None),
        (None, "质量指标", "藜麦产品抽检合格率", "≥98%", "≥98%", None),
        (None, "时效指标", "生产线投产时间", "2026年9月底前",
         mk("45930", "X104", "warning", note="文本单元格里的日期序列号，即2025-09-30")),
        ("成本指标", "经济成本指标", "藜麦订单收购补贴", "≤200元/吨", "≤200元/吨", None),
        ("效益指标", "经济效益指标", "农户户均增收", "≥1200元", "≥1200元", None),
        (None, "社会效益指标", "带动就业人数", "≥40人", "≥25人", None),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥90%", "≥90%", None),
    ]  # fmt: skip
    return project(2025, "藜麦精深加工订单收购", "岗日县高原特色农业发展中心", cash, goals,
                   HEAD_PERIOD, rows, years=2, dept=DEPT)  # fmt: skip
