"""Department returns: a flat list with weights, 实施周期/年度 columns, a direction column."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout103.common import footer, indicators
from tests.variants.holdout103.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant("li13-archives-flat", (3,), "department, flat list (指标名称 · 计量单位 · 比较符 · "
         "指标值 · 权重), weights adding to 100")  # fmt: skip
def li13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="桐源县档案馆",
        budget=[(money(312.80), money(312.80), money(0), money(268.30), money(44.50))],
        goal="完成馆藏档案数字化120万页，接收进馆档案8000卷，档案查阅利用服务及时高效。",
    )  # fmt: skip
    indicators(s, ("指标名称", "计量单位", "比较符", "指标值", "权重"), [
        ("馆藏档案数字化页数", "万页", "≥", 120, 15),
        ("接收进馆档案", "卷", "≥", 8000, 15),
        ("档案查阅利用人次", "人次", "≥", 3500, 10),
        ("数字化成果质检合格率", "%", "≥", pct(0.98), 10),
        ("档案库房温湿度达标率", "%", "≥", pct(0.95), 10),
        ("查档申请办结时限", "工作日", "≤", 3, 10),
        ("数字化加工单价", "元/页", "≤", 0.35, 10),
        ("档案移交接收及时率", "%", "≥", pct(0.95), 10),
        ("查档群众满意度", "%", "≥", pct(0.92), 10),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    s.row("合计", None, None, None, 100)
    footer(s, "桐源县档案馆", "岑雪", "0745-3360125", "2024年11月21日")
    return b


H_DG = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")


@variant("li14-youth-dept", (8, 12), "department, Dongguan style 实施周期/年度 columns, key tasks "
         "with a 金额合计")  # fmt: skip
def li14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="共青团岭南市白沙区委员会",
        budget=[(money(286.50), money(276.50), money(10.00), money(151.30), money(135.20))],
        tasks=[
            ("青少年心理健康服务", "心理热线、校园心理辅导", money(42.00), "服务青少年6000人次"),
            ("青年志愿服务", "志愿者招募培训、项目孵化", money(38.20), "培训志愿者800人"),
            ("青年就业见习", "见习岗位开发与补贴", money(55.00), "提供见习岗位200个"),
            ("金额合计", None, money(135.20), None),
        ],
        goal="全年提供青少年心理健康服务6000人次，培训青年志愿者800人，开发就业见习岗位200个。",
    )  # fmt: skip
    indicators(s, H_DG, [
        ("产出指标", "数量指标", "青少年心理健康服务人次", "≥6000人次", "≥6000人次"),
        (None, None, "青年志愿者培训人数", "≥800人", "≥800人"),
        (None, None, "就业见习岗位数", "≥200个", "≥200个"),
        (None, "质量指标", "心理危机个案转介率", pct(1), pct(1)),
        (None, "时效指标", "见习补贴发放及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "心理健康服务人次均成本", "≤70元/人次", "≤70元/人次"),
        ("效益指标", "社会效益指标", "见习期满留用率", "≥40%", "≥40%"),
        (None, "可持续影响指标", "志愿服务项目孵化", "≥10个", "≥10个"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "共青团岭南市白沙区委员会", "温嘉怡", "0769-2231846", "2024年11月19日")
    return b


H_DIR = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("li15-health-dept", (11,), "department, NAT-2021, 指标性质 as direction and a unit "
         "column: ≥ on a 反向 rate, 满意度 as a count")  # fmt: skip
def li15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="澄溪区疾病预防控制中心",
        budget=[(money(1542.70), money(1402.70), money(140.00), money(1108.40), money(434.30))],
        goal="适龄儿童免疫规划疫苗接种率保持在95%以上，传染病疫情报告及时，群众健康素养持续提升。",
    )  # fmt: skip
    indicators(s, H_DIR, [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "正向", "≥68000", "剂次"),
        (None, None, "健康教育讲座", "正向", "≥60", "场"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "正向", "≥95", "%"),
        (None, None, "疫苗冷链温度异常率", "反向",
         mk("≥1", "T108", "warning", row=True, note="a 反向 rate written with ≥"), "%"),
        (None, "时效指标", "传染病疫情网络报告及时率", "正向", "≥98", "%"),
        ("成本指标", "经济成本指标", "每剂次接种服务成本", "反向", "≤25", "元/剂次"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "正向", "≥30", "%"),
        (None, "可持续影响指标", "传染病监测预警机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "接种对象家长满意度", "正向",
         mk("95", "T105", "error", alt=("T112",), note="满意度 given as 95 人"), "人"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "澄溪区疾病预防控制中心", "欧阳帆", "0733-8819206", "2024年11月27日")
    return b
