"""Butterfly returns: monitoring transects, host plants, a butterfly garden (wp01–wp06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout396.common import TIERS, YEAR, funds, indicators, lines, start, wan
from tests.variants.holdout396.registry import variant
from tests.variants.kit import Book, mk, pct

UNIT = "鹤屿县雾栖山自然保护区管理站"
DEPT = "鹤屿县林业和草原局（412003）"


@variant("wp01-transect-percent", (1, 7), "project, NAT-2021, operator and unit columns, "
         "header 绩效指标值, percent cells, a 下降率 with ≥ (correct)")  # fmt: skip
def transect_percent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="雾栖山蝴蝶样线监测项目", dept=DEPT, unit=UNIT,
                 money=funds(45, 40, 5),
                 goals=["完成40条样线的蝴蝶监测，建立蝴蝶物种名录。"])  # fmt: skip
    head = (*TIERS, "指标性质", "绩效指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "固定样线监测条数", "≥", 40, "条"),
        (None, None, "蝴蝶标本鉴定数量", "≥", 1200, "号"),
        (None, "质量指标", "监测数据录入准确率", "≥", pct(0.95), "%"),
        (None, "时效指标", "年度监测报告提交时间", "≤", "12月15日前", None),
        ("成本指标", "经济成本指标", "单条样线监测成本", "≤", 0.3, "万元/条"),
        ("效益指标", "生态效益指标", "蝴蝶栖息地退化面积下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "监测数据库持续更新年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "科研合作单位满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, head, rows)
    return b


@variant("wp02-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "and an indicator score column, a rate raised in 百分点 (correct)")  # fmt: skip
def points_labels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="雾栖山珍稀蝴蝶寄主植物恢复项目", dept=DEPT, unit=UNIT,
                 money=funds(60, 60, 0),
                 goals=["恢复金斑喙凤蝶等珍稀蝴蝶寄主植物，扩大蜜源植物覆盖。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "1.寄主植物补植面积", "≥150亩", 15),
        (None, None, "2.蜜源植物育苗数量", "≥8000株", 10),
        (None, "（二）质量指标", "3.补植苗木成活率", "≥85%", 10),
        (None, "（三）时效指标", "4.春季补植完成时间", "5月31日前", 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.每亩补植成本", "≤0.35万元/亩", 10),
        ("三、效益指标（40分）", "（一）生态效益指标", "6.蜜源植物覆盖率提高", "≥5百分点", 20),
        (None, None, "7.珍稀蝴蝶成虫观测数量", "≥60只", 10),
        (None, "（二）可持续影响指标", "8.补植区管护期", "≥3年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.周边社区群众满意度", "≥90%", 10),
    ]
    indicators(s, head, rows)
    lines(s, "注：一级指标分值合计100分，三级指标分值合计100分。")
    return b


@variant("wp03-words-direction", (1, 11), "project, OLD-NAT, operators in words in their own "
         "column, unit column: a 反向 rate with 大于等于, a 正向 rate with 小于等于, a rate "
         "over 100%")  # fmt: skip
def words_direction() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="芷川市蝴蝶救护繁育中心运行项目", dept="芷川市自然资源局",
                 unit="芷川市野生动植物保护站", money=funds(80, 70, 10),
                 goals=["救护受伤蝴蝶，人工繁育本地种并放归保护区。"])  # fmt: skip
    head = (*TIERS, "指标性质", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "人工繁育放归蝴蝶数量", "大于等于", 3000, "只"),
        (None, "质量指标", "幼虫人工饲养羽化率", "大于等于",
         mk(pct(1.05), "T106", "error", note="羽化率封顶100%，105%不可能"), "%"),
        (None, None, "馆藏标本损毁率",
         mk("大于等于", "T108", "warning", row=True, note="损毁率是反向指标，应为小于等于"),
         pct(0.02), "%"),
        (None, "时效指标", "救护个体接收处置时间", "小于等于", 24, "小时"),
        (None, "成本指标", "单只繁育成本", "小于等于", 0.02, "万元/只"),
        ("效益指标", "生态效益指标", "放归个体野外重捕率",
         mk("小于等于", "T108", "warning", row=True, note="重捕率是正向指标，应为大于等于"),
         pct(0.15), "%"),
        (None, "社会效益指标", "科普开放接待人次", "大于等于", 6000, "人次"),
        ("满意度指标", "服务对象满意度指标", "参观公众满意度", "大于等于", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, head, rows)
    return b


@variant("wp04-garden-period", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "two cumulative counts copied into 年度, one 年度 count above its 中期 value")  # fmt: skip
def garden_period() -> Book:
    b, s = start()
    money = [["中期资金总额", wan(300), "年度资金总额", wan(110)],
             ["其中：财政拨款", wan(270), "其中：财政拨款", wan(100)],
             ["其他资金", wan(30), "其他资金", wan(10)]]  # fmt: skip
    project_head(s, year=YEAR, years=3, name="雾栖山蝴蝶生态园建设项目", dept=DEPT, unit=UNIT,
                 money=money, attr="新增项目",
                 goals=["三年建成蝴蝶生态园，营造寄主和蜜源植物群落。",
                        "完成一期园区建设和首批寄主植物种植。"])  # fmt: skip
    head = (*TIERS, "中期指标值", "年度指标值")
    copied = "累计数量，年度值照抄中期值"
    rows = [
        ("产出指标", "数量指标", "蝴蝶生态园建设面积", "≥120亩", mk("≥120亩", "D202", "warning",
                                                         note=copied)),
        (None, None, "寄主植物种植数量", "≥30000株", mk("≥30000株", "D202", "warning",
                                                       note=copied)),
        (None, None, "观蝶步道建设长度", "≥4公里", mk("≥6公里", "D201", "error",
                                                   note="年度累计长度超过三年实施期长度")),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每亩园区建设成本", "≤0.8万元/亩", "≤0.8万元/亩"),
        ("效益指标", "生态效益指标", "园区记录蝴蝶种数", "≥80种", "≥50种"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, head, rows)
    return b


@variant("wp05-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤屿县雾栖山自然保护区管理局",
                    budget=[[wan(520), wan(480), wan(40), wan(310), wan(210)]],
                    tasks=[["蝴蝶多样性监测", "样线调查、标本鉴定", wan(85), "完成全年监测"],
                           ["栖息地修复", "寄主植物补植", wan(125), "修复150亩"],
                           ["金额合计", None, wan(210), None]],
                    goal="保护蝴蝶等昆虫多样性，保持珍稀物种种群稳定。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("样线监测次数", 20, "次", "≥", 160),
        ("蝴蝶物种记录数", 20, "种", "≥", 180),
        ("修复区植被覆盖率", 15, "%", "≥", pct(0.85)),
        ("化学农药使用量增长率", 15, "%", "≤", pct(0)),
        ("巡护违法事件查处率", 20, "%", "=", pct(1)),
        ("社区群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("wp06-flat-defects", (3, 12), "department, flat list (指标名称 · 指标值 · 计量单位 · "
         "权重): 基本支出 + 项目支出 ≠ 资金总额, a rate as a count, weights to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = start()
    total = mk(wan(320), "B101", "error", row=True, note="180 + 150 = 330 ≠ 320")
    department_head(s, year=YEAR, dept="芷川市蝶谷自然保护区管理处",
                    budget=[[total, wan(290), wan(30), wan(180), wan(150)]],
                    tasks=[["蝴蝶资源本底调查", "全区蝴蝶普查", wan(90), "完成普查报告"],
                           ["科普宣教", "蝴蝶识别培训", wan(60), "培训社区群众"],
                           ["金额合计", None, wan(150), None]],
                    goal="摸清蝶谷蝴蝶资源本底，提升社区保护意识。")  # fmt: skip
    count = mk("12场", "T105", "error", alt=("T112",), note="覆盖率写成场次")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("普查样方数量", "≥200个", "个", 25),
        ("新记录蝴蝶物种数", "≥5种", "种", 15),
        ("蝴蝶识别培训覆盖率", count, "%", 20),
        ("普查报告提交时间", "11月30日前", None, 15),
        ("培训学员满意度", "≥90%", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 25 + 15 + 20 + 15 + 20 = 95，应为100")
    return b
