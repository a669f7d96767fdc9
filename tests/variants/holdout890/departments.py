"""Department returns, flat lists and budget-system exports of farmland and irrigation offices
(khp13–18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout890.common import YEAR, book, note, one_year, sign, table, wan
from tests.variants.holdout890.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "khp13-bureau-star-labels",
    (5, 12),
    "department, OLD-NAT, labels with ★ and * and abbreviated, tasks adding up (correct)",
)
def khp13() -> Book:
    b, s = book()
    goal = "年度建设高标准农田2万亩（含高效节水灌溉0.6万亩），布设耕地质量监测点120个。"
    department_head(s, year=YEAR, dept="禾丰县农业农村局",
                    budget=[(wan(6800), wan(6200), wan(600), wan(1300), wan(5500))],
                    tasks=[
                        ("高标准农田建设", "新建高标准农田1.4万亩", wan(3600), "建成1.4万亩"),
                        ("高效节水灌溉", "管灌、喷灌0.6万亩", wan(1400), "节水20%以上"),
                        ("耕地质量监测", "布设监测点120个", wan(500), "按季度采样化验"),
                        ("金额合计", None, wan(5500), None),
                    ], goal=goal)  # fmt: skip
    table(s, HEAD, [
        ("★产出指标", "*数量", "★高标准农田建设面积", "≥2万亩"),
        (None, None, "高效节水灌溉面积", "≥0.6万亩"),
        (None, None, "耕地质量监测点", "≥120个"),
        (None, "质量", "项目竣工验收合格率", pct(1)),
        (None, "时效", "年度建设任务完成时间", "2026年12月31日前"),
        (None, "成本", "亩均财政投入", "≤2500元/亩"),
        ("效益", "经济效益", "新增粮食产能", "≥2000万公斤"),
        (None, "社会效益", "受益农户数", "≥5000户"),
        ("★满意度", "服务对象满意度", "受益群众满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "司马岑", "0739-5512086", (YEAR - 1, 11, 20))
    return b


@variant(
    "khp14-bureau-tasks-wrong",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, an area the goal gives otherwise",
)
def khp14() -> Book:
    b, s = book()
    goal = ok("完成高标准农田建设1.5万亩，新建和改造灌排渠道30公里，耕地质量等级稳中有升。",
              note="the D104 on the goal's 1.5万亩 may land here")  # fmt: skip
    total = mk(wan(4000), "B102", "error", note="2600 + 900 + 400 = 3900, not 4000")
    department_head(s, year=YEAR, dept="北垣县农业农村局",
                    budget=[(wan(5200), wan(4700), wan(500), wan(1200), wan(4000))],
                    tasks=[
                        ("高标准农田新建", "土地平整、田间道路", wan(2600), "建成1.5万亩"),
                        ("灌溉排水设施", "灌排渠道30公里", wan(900), "渠道完好通畅"),
                        ("农田建设监管", "质量抽检、上图入库", wan(400), "抽检全覆盖"),
                        ("金额合计", None, total, None),
                    ], goal=goal)  # fmt: skip
    area = mk("≥1.8万亩", "D104", "warning", row=True, note="the goal says 1.5万亩")
    table(s, HEAD, [
        ("产出指标", "数量指标", "高标准农田建设面积", area),
        (None, None, "新建和改造灌排渠道", "≥30公里"),
        (None, "质量指标", "工程质量抽检合格率", "≥98%"),
        (None, "时效指标", "项目完工时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均建设投资", "≤1700元/亩"),
        ("效益指标", "经济效益指标", "亩均粮食产能提高", "≥80公斤"),
        (None, "可持续影响指标", "上图入库率", "100%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khp15-flat-weights",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), percent cells, "
    "weights 100 (correct)",
)
def khp15() -> Book:
    b, s = book()
    goal = "年内建成高标准农田1.1万亩，其中高效节水灌溉0.4万亩，灌溉用水总量不增加。"
    department_head(s, year=YEAR, dept="潮堰市农田建设服务中心",
                    budget=[(wan(2100), wan(1900), wan(200), wan(600), wan(1500))],
                    goal=goal)  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("高标准农田建设面积", 20, "万亩", "≥", 1.1),
        ("高效节水灌溉面积", 15, "万亩", "≥", 0.4),
        ("工程验收合格率", 15, "%", "=", pct(1)),
        ("项目按期完工率", 10, "%", "≥", pct(0.95)),
        ("亩均建设成本", 10, "元/亩", "≤", 1300),
        ("农田灌溉用水量增长率", 10, "%", "≤", pct(0)),
        ("受益农户数", 10, "户", "≥", 3000),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "乔映雪", "0736-7723591", (YEAR - 1, 12, 3))
    return b


@variant(
    "khp16-flat-duplicates",
    (3,),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): a near-duplicate with another "
    "value, a deadline in the next year, weights 95",
)
def khp16() -> Book:
    b, s = book()
    goal = "汛前完成灌排渠道清淤45公里，维修小型水闸16座，保障4.2万亩农田灌排畅通。"
    department_head(s, year=YEAR, dept="梓陂县农田水利服务站",
                    budget=[(wan(860), wan(820), wan(40), wan(310), wan(550))],
                    goal=goal)  # fmt: skip
    dup = mk("≥40", "D103", "warning", row=True, alt=("D101", "D102"),
             note="灌排渠道清淤长度 with a word less and another value")  # fmt: skip
    late = mk("2027年4月30日前", "Y102", "error", alt=("Y101",),
              note="a one-year 2026 return; 汛前 means spring 2026")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("灌排渠道清淤长度", "≥45", "公里", 20),
        ("维修小型水闸", "≥16", "座", 15),
        ("渠道清淤长度", dup, "公里", 10),
        ("维修工程验收合格率", "100", "%", 15),
        ("汛前清淤完成时间", late, None, 10),
        ("每公里清淤成本", "≤6", "万元/公里", 5),
        ("保障灌排面积", "≥4.2", "万亩", 10),
        ("受益农户满意度", "≥90", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant(
    "khp17-export-codes",
    (7, 4, 9),
    "budget-system export, two sheets 05-1 and 05-2 with codes in the first columns: an amount "
    "as text, a count under 质量, an indicator twice",
)
def khp17() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 18, 16, 30, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    text = mk("1,000.00", "X103", "warning", note="a total typed as text with a separator")
    s.row("318004", "禾丰县农业农村局", "3180042601", "2026年柳渠片区高标准农田建设", text,
          wan(900), wan(100))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 16, 30, 14, 16, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：万元")
    t.row("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
          "指标值")  # fmt: skip
    code = ("318004", "禾丰县农业农村局", "3180042601", "2026年柳渠片区高标准农田建设")
    bridge = mk("新建田间道路桥涵", "F201", "warning", row=True, note="a count under 质量指标")
    again = mk("高标准农田建设面积", "D101", "warning", row=True, alt=("D103", "D102"),
               note="the 数量 indicator repeated under 社会效益")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "高标准农田建设面积", "≥0.8万亩"),
        (None, None, "新修田间道路", "≥10公里"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, None, bridge, "≥24座"),
        (None, "时效指标", "完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "亩均建设投资", "≤1250元/亩"),
        ("效益指标", "社会效益指标", again, "≥0.8万亩"),
        (None, "经济效益指标", "亩均粮食产能提高", "≥90公斤"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ]
    t.table([(*code, *r) for r in rows], merged=(5, 6))
    return b


@variant(
    "khp18-assessment-points",
    (10, 7, 13),
    "project, NAT-2021, headers 考核指标 · 目标值（年度） · 分值 · 评价标准, tier and indicator "
    "points, 百分点 (correct)",
)
def khp18() -> Book:
    b, s = book(widths=(18, 16, 26, 16, 8, 24))
    goal = "配套末级渠系28公里、田间量水设施140处，灌溉水有效利用系数提高2个百分点。"
    project_head(s, year=YEAR, name="潮堰市2026年灌区末级渠系节水配套项目", dept="潮堰市水利局",
                 unit="潮堰市鹭溪灌区管理所", money=one_year(980, 880, 100), goals=[goal],
                 start=day(YEAR, 3, 1), end=day(YEAR, 11, 30))  # fmt: skip
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值", "评价标准"), [
        ("产出指标（45分）", "数量指标", "末级渠系配套长度", "≥28公里", 15, "每少1公里扣1分"),
        (None, None, "田间量水设施", "≥140处", 10, "按完成比例得分"),
        (None, "质量指标", "工程验收合格率", "100%", 10, "未达标不得分"),
        (None, "时效指标", "完工时间", "2026年11月30日前", 10, "每延期10天扣2分"),
        ("成本指标（15分）", "经济成本指标", "每公里配套成本", "≤35万元/公里", 15, "超支不得分"),
        ("效益指标（30分）", "生态效益指标", "灌溉水有效利用系数提高", "≥2百分点", 15,
         "每低0.5百分点扣3分"),
        (None, "经济效益指标", "亩均节水量", "≥60立方米", 15, "按实测比例得分"),
        ("满意度指标（10分）", "服务对象满意度指标", "用水户满意度", "≥90%", 10, "问卷调查"),
    ])  # fmt: skip
    note(s, "注：一级指标分值为其下各指标分值之和，合计100分。")
    return b
