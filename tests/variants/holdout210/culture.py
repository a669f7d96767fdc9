"""Culture projects and a culture department, re-typed from Word or typed in WPS
(pl15–pl18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout210.common import (
    TWO,
    WRAPPED,
    book,
    fw,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    titled,
    wan,
)  # fmt: skip
from tests.variants.holdout210.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk


@variant("pl15-fullwidth-operator-column", (4, 9), "one-year project, OLD-NAT, an operator "
         "column in full-width symbols (≧ ≦ ＝), bare full-width numbers as text, a unit "
         "column, a note explaining the symbols (correct)")  # fmt: skip
def pl15() -> Book:
    b, s = book("Sheet1", (14, 14, 30, 10, 14, 12))
    titled(s, "白沙河区2026年度项目支出绩效目标表")
    project_head(
        s, year=2026, name="公共文化服务体系建设项目", dept="白沙河区文化和旅游局（701）",
        unit="白沙河区文化馆", title="",
        money=one_year_money(wan(180), wan(150), wan(30)),
        goals=["全年送戏下乡演出120场，新增农家书屋图书2万册，开展公益文化培训36期，惠及基层"
               "群众6万人次。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "比较\n符号", "指标值", "计量\n单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≧", fw("120"), "场"),
        (None, None, "农家书屋新增图书", "≧", fw("2"), "万册"),
        (None, None, "开展公益文化培训", "≧", fw("36"), "期"),
        (None, "质量指标", "演出节目内容审查通过率", "＝", fw("100"), "％"),
        (None, "时效指标", "送戏下乡任务完成时间", "≦", "2026年11月30日", None),
        (None, "成本指标", "每场送戏下乡演出补助", "≦", fw("8000"), "元/场"),
        ("效益指标", "社会效益指标", "基层群众观看演出及参加培训", "≧", fw("6"), "万人次"),
        (None, None, "乡镇综合文化站免费开放率", "＝", fw("100"), "％"),
        (None, "可持续影响指标", "基层公共文化服务长效机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "基层群众满意度", "≧", fw("90"), "％"),
    ])  # fmt: skip
    note(s, "注：“≧”表示大于等于，“≦”表示小于等于，“＝”表示等于；定性指标不填比较符号。")
    sign(s, "柳含烟", "崔北辰", "0595-2236610")
    return b


@variant("pl16-heritage-period-weights", (8, 9, 10), "three-year project, NAT-2021, 中期 and "
         "年度 columns with full-width values, a weight column adding to 100, a 知晓率 rise in "
         "百分点 (correct)")  # fmt: skip
def pl16() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 16, 16, 10))
    project_head(
        s, year=2026, years=3, name="非物质文化遗产保护传承项目",
        dept="临溪县文化广电和旅游局（702）", unit="临溪县非物质文化遗产保护中心",
        money=period_money((wan(450), wan(390), wan(60)), (wan(150), wan(130), wan(20))),
        goals=["2026年至2028年记录整理非遗项目30项，研修培训非遗传承人300人次，举办非遗展演"
               "展示活动18场。",
               "2026年记录整理非遗项目10项，研修培训非遗传承人100人次，举办非遗展演展示活动"
               "6场。"],
    )  # fmt: skip
    indicators(s, (*TWO, "权重"), [
        ("产出指标", "数量指标", "记录整理非遗项目", fw("≥30项"), fw("≥10项"), 10),
        (None, None, "研修培训非遗传承人", fw("≥300人次"), fw("≥100人次"), 10),
        (None, None, "举办非遗展演展示活动", fw("≥18场"), fw("≥6场"), 10),
        (None, "质量指标", "非遗项目档案数字化合格率", fw("≥95%"), fw("≥95%"), 10),
        (None, "时效指标", "年度保护任务完成时间", "每年11月30日前", "2026年11月30日前", 10),
        ("成本指标", "经济成本指标", "传承人传习补助标准", fw("≤5000元/人·年"),
         fw("≤5000元/人·年"), 10),
        ("效益指标", "社会效益指标", "非遗项目公众知晓率提升", fw("≥5百分点"),
         fw("≥2百分点"), 10),
        (None, None, "参与非遗展演活动群众", fw("≥9万人次"), fw("≥3万人次"), 10),
        (None, "可持续影响指标", "非遗保护传承工作机制", "健全", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "传承人及参与群众满意度", fw("≥90%"), fw("≥90%"),
         10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 100)
    sign(s, "梅若雪", "施南枝", "0595-2251178")
    return b


@variant("pl17-library-rate-as-count", (5, 9, 11), "one-year project, NAT-2021, tiers repeated "
         "in every row, a 指标性质 direction column (正向/反向/定性) after the values: a "
         "覆盖率 given as ２６个, a 反向 丢失率 written ≥２％")  # fmt: skip
def pl17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 12))
    titled(s, "2026年度项目支出绩效目标表")
    project_head(
        s, year=2026, name="公共图书馆总分馆建设项目", dept="青岚市文化广电旅游局（703）",
        unit="青岚市图书馆", title="",
        money=one_year_money(wan(260), wan(220), wan(40)),
        goals=["建成图书馆分馆26个，新增馆藏图书5万册，实现分馆通借通还，年图书外借量达到"
               "30万册次。"],
    )  # fmt: skip
    indicators(s, (*WRAPPED, "指标性质"), [
        ("产出指标", "数量指标", "新建图书馆分馆", fw("≥26个"), "正向"),
        ("产出指标", "数量指标", "新增馆藏图书", fw("≥5万册"), "正向"),
        ("产出指标", "质量指标", "分馆通借通还覆盖率",
         mk(fw("26个"), "T105", "error", row=True, note="a 覆盖率 needs a percentage"), "正向"),
        ("产出指标", "质量指标", "馆藏图书破损丢失率",
         mk(fw("≥2%"), "T108", "warning", row=True, note="反向 in its own column, ≥ typed"),
         "反向"),
        ("产出指标", "时效指标", "分馆建成开放时间", fw("2026年10月31日前"), "反向"),
        ("成本指标", "经济成本指标", "单个分馆建设补助", fw("≤8万元/个"), "反向"),
        ("效益指标", "社会效益指标", "年图书外借量", fw("≥30万册次"), "正向"),
        ("效益指标", "可持续影响指标", "总分馆统一管理制度", "健全", "定性"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", fw("≥90%"), "正向"),
    ], merged=())  # fmt: skip
    sign(s, "鲍清音", "卫临风", "0595-2273046")
    return b


@variant("pl18-department-broken-labels", (5, 9, 12), "department, NAT-2021, tier labels "
         "broken over two lines in narrow merged cells (产出\\n指标), full-width values, a "
         "下降率 ≥１０％, budget and tasks that add up, notes below (correct)")  # fmt: skip
def pl18() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="临溪县文化广电和旅游局", filled=day(2025, 11, 25, CN_DATE),
        budget=[(wan(1860), wan(1760), wan(100), wan(760), wan(1100))],
        tasks=[
            ("公共文化服务", "开展公益性文化活动200场", wan(480), "群众文化生活丰富"),
            ("文物保护", "修缮县级以上文物保护单位4处", wan(300), "文物安全"),
            ("广播电视公共服务", "应急广播及信号覆盖维护", wan(200), "综合覆盖率99%以上"),
            ("文旅市场监管", "开展文旅市场执法检查600次", wan(120), "市场秩序良好"),
            ("金额合计", None, wan(1100), None),
        ],
        goal="全年开展公益性文化活动200场，修缮文物保护单位4处，开展文旅市场执法检查600次，"
             "广播电视信号综合覆盖率保持99%以上，旅游投诉量下降10%以上。",
    )  # fmt: skip
    indicators(s, WRAPPED, [
        ("产出\n指标", "数量指标", "开展公益性文化活动", fw("≥200场")),
        (None, None, "修缮县级以上文物保护单位", fw("≥4处")),
        (None, None, "开展文旅市场执法检查", fw("≥600次")),
        (None, "质量指标", "文物修缮工程验收合格率", fw("100%")),
        (None, None, "广播电视信号综合覆盖率", fw("≥99%")),
        (None, "时效指标", "旅游投诉处理时限", fw("≤5个工作日")),
        ("成本\n指标", "经济成本指标", "文物保护单位修缮经费", fw("≤300万元")),
        ("效益\n指标", "社会效益指标", "公共文化设施年服务人次", fw("≥50万人次")),
        (None, None, "旅游投诉量下降率", fw("≥10%")),
        (None, "可持续影响指标", "文物安全巡查长效机制", "健全"),
        ("满意度\n指标", "服务对象满意度指标", "群众文化获得感满意度", fw("≥90%")),
    ])  # fmt: skip
    note(s, "注：1．本表金额单位为万元；2．公共文化设施服务人次含文化馆、图书馆、博物馆。")
    sign(s, "阮星河", "闵秋", "0595-2280931")
    return b
