"""部门整体 tables of a 卫生健康局 and a 医疗保障局: budget blocks, 年度主要任务 with their 金额合计
and the department's indicator table."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout23.registry import variant
from tests.variants.holdout23.system import banner, down, grid, page_break, signature
from tests.variants.kit import Book, day, mk, money

AMOUNT = "#,##0.00"


def _m(value: float) -> object:
    return money(value, AMOUNT)


@variant(
    "ig05-health-commission-department-ok",
    (4, 5, 12),
    "department, NAT-2021, budget with 财政拨款/其他资金 and 基本支出/项目支出, four key tasks "
    "adding to the 金额合计 (= 项目支出), numbered tier labels in every row, values with the "
    "operator inside, a grade 优, header repeated after a page break, 注 and signature",
)
def health_commission_department_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", (16, 18, 30, 16, 24, 14))
    department_head(
        s,
        year=2027,
        dept="桦岭县卫生健康局",
        filled=day(2026, 10, 20),
        budget=[
            (_m(3256.8), _m(3016.8), _m(240), _m(1486.8), _m(1770)),
        ],
        tasks=[
            (
                "基本公共卫生服务",
                "落实国家基本公共卫生服务项目和家庭医生签约服务",
                _m(980),
                "居民电子健康档案建档率90%以上",
            ),
            (
                "公立医院改革与发展",
                "支持县级公立医院学科建设和医共体运行",
                _m(420),
                "县域内就诊率90%以上",
            ),
            (
                "疾病预防控制与卫生应急",
                "传染病防控、应急物资储备和应急演练",
                _m(230),
                "突发公共卫生事件及时报告",
            ),
            ("妇幼健康服务", "孕产妇和儿童健康管理、出生缺陷防治", _m(140), "妇幼健康指标稳中向好"),
            ("金额合计", None, _m(1770), None),
        ],
        goal="深化医药卫生体制改革，提升县域医疗服务能力和公共卫生服务水平，居民健康素养水平达到"
        "30%以上，群众就医满意度持续提高。",
    )
    header = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注")
    s.row(*header)
    s.table(
        [
            (
                "一、产出指标",
                "（一）数量指标",
                "家庭医生签约服务人数",
                "≥9.5万人",
                "签约居民人数",
                None,
            ),
            (
                "一、产出指标",
                "（一）数量指标",
                "卫生健康监督执法检查",
                "≥800户次",
                "双随机抽查",
                None,
            ),
            (
                "一、产出指标",
                "（二）质量指标",
                "居民电子健康档案建档率",
                "≥90%",
                "建档人数÷常住人口",
                None,
            ),
            ("一、产出指标", "（二）质量指标", "高血压患者规范管理率", "≥65%", None, None),
            (
                "一、产出指标",
                "（二）质量指标",
                "卫生健康统计数据质量评价",
                "优",
                "市级年度评价等级",
                None,
            ),
        ]
    )
    page_break(s)
    s.row(*header)
    s.table(
        [
            ("一、产出指标", "（三）时效指标", "突发公共卫生事件报告及时率", "=100%", None, None),
            (
                "一、产出指标",
                "（三）时效指标",
                "医疗机构执业登记办理时限",
                "≤15个工作日",
                None,
                None,
            ),
            (
                "二、成本指标",
                "（一）经济成本指标",
                "人均基本公共卫生服务经费补助标准",
                "≥94元/人",
                "不低于国家标准",
                None,
            ),
            ("三、效益指标", "（一）社会效益指标", "居民健康素养水平", "≥30%", None, None),
            ("三、效益指标", "（一）社会效益指标", "县域内就诊率", "≥90%", None, None),
            (
                "三、效益指标",
                "（二）可持续影响指标",
                "县域医疗卫生服务体系",
                "逐步完善",
                "定性",
                None,
            ),
            (
                "四、满意度指标",
                "（一）服务对象满意度指标",
                "群众对卫生健康服务满意度",
                "≥88%",
                "第三方调查",
                None,
            ),
        ]
    )
    s.row("注：指标值含比较符和计量单位；定性指标填写等级或状态。", merge=[(1, 6)])
    signature(s, 1, "卢静怡", "曹建国", "0738-6627315", day(2026, 10, 20))
    return b


@variant(
    "ig12-insurance-department-money",
    (12,),
    "department, NAT-2021, own layout (7 columns): 资金总额 ≠ 财政拨款 + 其他资金 while "
    "基本支出 + 项目支出 add up, key tasks not adding to the 金额合计",
)
def insurance_department_money() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", (16, 16, 30, 10, 14, 12, 18))
    banner(s, "2027年度部门整体支出绩效目标表", 1, 7)
    grid(s, 1, ("部门名称", 1), ("[315]曲沅县医疗保障局", 3), ("部门编码", 1), ("315001", 2))
    grid(s, 1, ("填报日期", 1), (day(2026, 10, 25), 3), ("联系电话", 1), ("0774-5590213", 2))
    top = grid(
        s,
        1,
        ("年度预算（万元）", 1),
        ("资金总额", 1),
        (mk(_m(1586.4), "B101", "error", row=True), 1),
        ("财政拨款", 1),
        (_m(1420.4), 1),
        ("其他资金", 1),
        (_m(146), 1),
    )
    grid(s, 1, (None, 1), ("基本支出", 1), (_m(612.4), 1), ("项目支出", 1), (_m(974), 1), (None, 2))
    down(s, 1, top, s.r)
    top = grid(
        s,
        1,
        ("年度主要任务", 1),
        ("任务名称", 1),
        ("主要实施内容", 2),
        ("预算金额（万元）", 1),
        ("期望达到的目标", 2),
    )
    grid(
        s,
        1,
        (None, 1),
        ("医疗救助", 1),
        ("资助困难群众参保，落实住院和门诊救助", 2),
        (_m(520), 1),
        ("应助尽助", 2),
    )
    grid(
        s,
        1,
        (None, 1),
        ("医保基金监管", 1),
        ("定点医药机构检查和专项整治", 2),
        (_m(186), 1),
        ("基金安全运行", 2),
    )
    grid(
        s,
        1,
        (None, 1),
        ("经办服务能力建设", 1),
        ("医保服务站点建设和信息系统运维", 2),
        (_m(228), 1),
        ("服务便捷高效", 2),
    )
    grid(s, 1, (None, 1), ("金额合计", 3), (mk(_m(974), "B102", "error", row=True), 1), (None, 2))
    down(s, 1, top, s.r)
    grid(
        s,
        1,
        ("年度总体目标", 1),
        ("巩固基本医保参保覆盖面，落实医疗救助政策，强化医保基金监管，提升医保经办服务水平。", 6),
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "资助困难群众参保人数", "≥", 1.6, "万人", None),
            ("产出指标", "数量指标", "定点医药机构检查家数", "≥", 180, "家", None),
            ("产出指标", "质量指标", "城乡居民基本医保参保率", "≥", 95, "%", None),
            ("产出指标", "时效指标", "医疗救助资金拨付时限", "≤", 30, "日", None),
            ("成本指标", "经济成本指标", "一般性支出压减比例", "≥", 5, "%", "较上年"),
            ("效益指标", "社会效益指标", "困难群众住院费用政策范围内救助比例", "≥", 70, "%", None),
            ("效益指标", "可持续影响指标", "医保基金运行", None, "平稳可持续", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", 90, "%", None),
        ]
    )
    return b
