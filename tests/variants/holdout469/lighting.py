"""Light-pollution control (光污染防治): direction columns, flat lists, header words."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout469.common import indicators, one_year, start, wan
from tests.variants.holdout469.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

DIR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
DEPT_BUDGET = (wan(1260.5), wan(1180.5), wan(80), wan(760.5), wan(500))


@variant("zk07-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator in words, "
         "bare numbers with a unit column; a 下降率 正向 with 大于等于, 0起 on an incident "
         "count (correct)")  # fmt: skip
def zk07() -> Book:
    b, s = start()
    project_head(s, year=2025, name="北沅区城市道路照明光污染整治",
                 dept="北沅区城市管理局（406）", unit="北沅区市政照明所",
                 money=one_year(450, 400, 50),
                 goals=["改造主干道高亮度路灯1200盏，压降居民区光侵扰投诉。"])  # fmt: skip
    indicators(s, DIR_HEAD, [
        ("产出指标", "数量指标", "改造路灯数量", "正向", "大于等于", 1200, "盏"),
        (None, None, "居民区光侵扰点位整改数", "正向", "大于等于", 85, "处"),
        (None, "质量指标", "改造路灯验收合格率", "正向", "大于等于", 98, "%"),
        (None, "时效指标", "整治任务完成时限", "反向", "小于等于", 10, "月"),
        (None, "成本指标", "单盏路灯改造成本", "反向", "小于等于", 0.35, "万元/盏"),
        ("效益指标", "社会效益指标", "光侵扰投诉下降率", "正向", "大于等于", 30, "%"),
        (None, None, "强光致害交通事件", "反向", "小于等于", 0, "起"),
        (None, "生态效益指标", "路灯年用电量节约率", "正向", "大于等于", 15, "%"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("zk08-direction-wrong", (11, 1),
         "project, OLD-NAT, direction and operator columns: a 反向 rate with 大于等于, a cost "
         "cap with 等于, a 覆盖率 given as a count of points")  # fmt: skip
def zk08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澄穹市商业区广告屏夜间调光管控",
                 dept="澄穹市城市管理综合执法局（211）", unit="澄穹市户外广告管理中心",
                 money=one_year(180, 150, 30),
                 goals=["对商业区户外广告屏加装调光控制，22时后亮度降至限值以下。"])  # fmt: skip
    indicators(s, DIR_HEAD, [
        ("产出指标", "数量指标", "加装调光控制广告屏数量", "正向", "大于等于", 240, "块"),
        (None, "质量指标", "重点区域亮度监测覆盖率", "正向", "大于等于",
         mk(15, "T105", "error", note="覆盖率 given as 15 个点位"), "个点位"),
        (None, "时效指标", "调光改造完成时间", "反向", "小于等于", 9, "月"),
        (None, "成本指标", "单块广告屏调光改造成本", "反向",
         mk("等于", "T108", "warning", row=True, note="= on a cost cap"), 0.6, "万元/块"),
        ("效益指标", "社会效益指标", "广告屏夜间违规亮灯率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向 rate with 大于等于"), 5, "%"),
        (None, "生态效益指标", "商业区夜间平均亮度降低比例", "正向", "大于等于", 40, "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


def _dept(dept: str, goal: str) -> tuple[Book, Sheet]:
    b, s = start(widths=(34, 12, 12, 14, 16, 16))
    department_head(s, year=2025, dept=dept, budget=[DEPT_BUDGET], goal=goal,
                    tasks=[("暗夜公园管护", "巡查与监测", wan(180), "夜空质量稳定"),
                           ("城市照明光污染整治", "整改违规照明", wan(260), "投诉下降"),
                           ("暗夜保护宣传", "科普与宣传", wan(60), "知晓率提升"),
                           ("金额合计", None, wan(500), None)])  # fmt: skip
    return b, s


@variant("zk09-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells typed in Excel, weights add to 100 with a 合计 row (correct)")  # fmt: skip
def zk09() -> Book:
    b, s = _dept("砚星县生态环境局", "守住暗夜公园夜空质量，整治城区违规户外照明。")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("暗夜公园夜空质量监测天数", 15, "天", "大于等于", 300),
        ("违规户外照明整改数量", 15, "处", "大于等于", 120),
        ("违规照明整改完成率", 15, "%", "大于等于", pct(0.95)),
        ("光污染投诉办结及时率", 10, "%", "大于等于", pct(0.98)),
        ("光污染投诉平均办结时限", 10, "工作日", "小于等于", 7),
        ("暗夜保护公众知晓率", 10, "%", "大于等于", pct(0.8)),
        ("单处违规照明整改成本", 10, "万元/处", "小于等于", 1.5),
        ("服务对象满意度", 15, "%", "大于等于", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("zk10-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): an amount against a unit column of 盏, weights sum to 95")  # fmt: skip
def zk10() -> Book:
    b, s = _dept("穹台市生态环境局", "压降城区光污染投诉，推进路灯遮光改造。")
    b.file_mark("W101", "error", note="weights 15+15+15+15+10+10+15 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("城区光环境监测点位建设数", "≥20", "正向", "个", 15),
        ("违规户外照明整改数量", "≥150", "正向", "处", 15),
        ("路灯遮光改造数量", mk("≥12万元", "T112", "error",
                                note="万元 in the value, 盏 in the unit column"), "正向", "盏", 15),
        ("违规照明整改完成率", "≥95%", "正向", "%", 15),
        ("光污染投诉处理时限", "≤5", "反向", "工作日", 10),
        ("单处违规照明整改成本", "≤1.2", "反向", "万元/处", 10),
        ("群众满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant("zk11-header-words", (7,),
         "project, OLD-NAT, two-row header (绩效指标 over 一级/二级/考核指标), 绩效目标值 and a "
         "评价标准 scoring column, word operators (不少于, 以上) (correct)")  # fmt: skip
def zk11() -> Book:
    b, s = start()
    project_head(s, year=2025, name="穹台市城区光环境监测网络建设",
                 dept="穹台市生态环境局（305）", unit="穹台市生态环境监测站",
                 money=one_year(210, 190, 20),
                 goals=["建成覆盖城区的光环境监测网络，按月公开夜间天空亮度数据。"])  # fmt: skip
    top = s.row("绩效指标", None, None, "绩效目标值", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标", None, None)
    for col in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    s.table([
        ("产出指标", "数量指标", "光环境监测站点建设数", "不少于20个", "每少1个扣1分"),
        (None, "质量指标", "监测数据有效率", "90%以上", "每低1个百分点扣0.5分"),
        (None, "时效指标", "监测数据上报时限", "≤24小时", "超时一次扣1分"),
        (None, "成本指标", "单个监测站点建设成本", "≤8万元", "超支不得分"),
        ("效益指标", "社会效益指标", "光环境监测信息公开次数", "≥12次", "每少1次扣1分"),
        (None, "生态效益指标", "夜空亮度超标区域面积下降率", "≥10%", "未达到不得分"),
        (None, "可持续影响指标", "监测网络运维机制", "健全", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "公众满意度", "≥90%", "每低1个百分点扣1分"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("zk12-second-sheet", (7, 6, 13),
         "project, NAT-2021: head on the first sheet, the indicator table on a second sheet "
         "under 预期实现值; a template tier-2 left empty, a value without a name, a rate given "
         "as a count")  # fmt: skip
def zk12() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="北沅区夜景灯光秀限时关停改造",
                 dept="北沅区城市管理局（406）", unit="北沅区景观照明管理所",
                 money=one_year(96, 90, 6),
                 goals=["对35处夜景灯光秀加装智能控时装置，22时后统一关停。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 30, 18))
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "加装智能控时装置点位数", "≥35处"),
        (None, "质量指标", "控时装置复查达标率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("成本指标", "经济成本指标", "单处控时改造成本", "≤2万元"),
        ("效益指标", "社会效益指标", "22时后关停执行率",
         mk("35处", "T105", "error", note="执行率 given as a count")),
        (None, "生态效益指标", "核心商圈夜空亮度降低比例", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    return b
