"""Returns al07–al12: the herders who hunt marmots (flat department lists, notes and signature
lines, decorated tier labels, template rows, header words and a second sheet)."""

from __future__ import annotations

from tests.variants.holdout496.common import (
    CDC,
    PLAIN,
    annual,
    book,
    department,
    first,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout496.registry import variant
from tests.variants.kit import Book, mk, pct

TASKS = [("牧区私捕旱獭管控宣传", "入户宣传、收购点巡查", wan(60), "私捕旱獭行为明显减少"),
         ("疫源地旱獭监测", "样方调查和病原学检测", wan(80), "及时发现动物间疫情"),
         ("金额合计", None, wan(140), None)]  # fmt: skip
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("al07-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b = book()
    s = first(b)
    goal = "管住牧民私自猎捕、剥食旱獭行为，落实疫源地监测，全年不发生人间鼠疫。"
    department(s, [(wan(320), wan(300), wan(20), wan(180), wan(140))], goal, TASKS)
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("牧民鼠疫防治宣传讲座场次", 15, "场", "≥", 40),
        ("入户宣传覆盖牧户数", 15, "户", "≥", 1200),
        ("猎獭高风险人员登记建档率", 10, "%", "≥", pct(0.95)),
        ("旱獭疫源地监测面积", 15, "平方公里", "≥", 2000),
        ("监测报告按时报送率", 10, "%", "=", pct(1)),
        ("私自猎捕旱獭案件下降率", 10, "%", "≥", 10),
        ("每场宣传讲座成本", 5, "元/场", "≤", 2000),
        ("宣传对象鼠疫防治知识知晓率", 10, "%", "≥", pct(0.85)),
        ("辖区牧户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("al08-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 90")  # fmt: skip
def flat_defects() -> Book:
    b = book()
    s = first(b)
    tasks = [("猎獭人员鼠疫防治培训", "集中培训和现场演示", wan(70), "猎獭人员掌握自我防护"),
             ("旱獭皮张收购点检查", "联合市场监管部门检查", wan(40), "收购点不收购病死旱獭"),
             ("金额合计", None, wan(110), None)]  # fmt: skip
    department(s, [(wan(260), wan(240), wan(20), wan(150), wan(110))],
               "规范猎獭人员防护和旱獭皮张收购，提高疑似病例发现报告能力。", tasks)  # fmt: skip
    b.file_mark("W101", "error", note="the weights add to 90, not 100")
    unit = mk("≥25人", "T112", "error", note="value in 人, unit column 家")
    up = mk("≥1%", "T108", "warning", row=True, note="a 漏报率 declared 反向 with ≥")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("猎獭人员鼠疫防治培训人数", "≥300", "正向", "人", 15),
        ("旱獭皮张收购点检查数", unit, "正向", "家", 10),
        ("猎獭人员登记建档率", "≥95%", "正向", "%", 15),
        ("疑似鼠疫病例漏报率", up, "反向", "%", 10),
        ("疫情报告及时率", "≥95%", "正向", "%", 10),
        ("每人次培训成本", "≤200", "反向", "元/人次", 10),
        ("牧民鼠疫防治知识知晓率", "≥85%", "正向", "%", 10),
        ("受训猎獭人员满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    return b


@variant("al09-footnotes", (4,),
         "project, OLD-NAT, one value column; an instruction row between tiers, footnotes, "
         "填表说明, signature and a date line in the year before (correct)")  # fmt: skip
def footnotes() -> Book:
    b = book()
    s = first(b)
    project(s, "牧区猎獭人员鼠疫防控健康教育项目", "霍尔津县健康教育所", annual(55, 43, 12),
            ["面向猎獭牧民开展“不私捕、不剥食、不携带”健康教育，减少私捕旱獭行为。"])  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "健康教育讲座场次", "≥36场"),
        (None, None, "发放蒙汉双语宣传册", "≥5000册"),
        (None, None, "猎獭高风险人员入户随访人次", "≥800人次"),
        (None, "质量指标", "宣传材料审核合格率", "=100%"),
        (None, "时效指标", "讲座完成时间", "9月30日前"),
        (None, "成本指标", "每场讲座成本", "≤2500元/场"),
    ])  # fmt: skip
    notes(s, "（以下为效益和满意度指标，请结合年度任务填写，不得删除）", width=4)
    s.table([
        ("效益指标", "社会效益指标", "牧民“三不”知识知晓率", "≥90%"),
        (None, None, "私自猎捕旱獭人次下降率", "≥15%"),
        (None, "可持续影响指标", "村级鼠疫防控宣传员在岗率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受教育牧民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.财政拨款43万元含上年结转资金12万元。", "2.下降率以上年同期登记人次为基数。",
          "填表说明：指标值应写明比较符和计量单位；定性指标填写等级。", width=4)  # fmt: skip
    signature(s, "乌日根达来", "0479-6231784")
    return b


@variant("al10-tier-labels", (5,),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）), abbreviated "
         "tier-2s (（一）数量), ★ core indicators (correct)")  # fmt: skip
def tier_labels() -> Book:
    b = book()
    s = first(b)
    project(s, "牧民猎獭行为干预项目", "敖林郭勒旗鼠疫防治站", annual(64, 50, 14),
            ["配备村级劝导员，登记猎獭高风险人员，劝阻私自猎捕旱獭。"],
            dept="敖林郭勒旗卫生健康委员会（520114）")  # fmt: skip
    indicators(s, PLAIN, [
        ("一、产出指标（40分）", "（一）数量", "★猎獭高风险人员登记人数", "≥450人"),
        (None, None, "村级劝导员配备数", "≥30人"),
        (None, "（二）质量", "登记信息核查准确率", "≥95%"),
        (None, "（三）时效", "劝导员培训完成时间", "6月30日前"),
        ("二、成本指标（10分）", "（一）经济成本", "劝导员补助标准", "≤800元/人·月"),
        ("三、效益指标（30分）", "（一）社会效益", "★私自猎捕旱獭人数下降率", "≥20%"),
        (None, None, "牧民不捕旱獭知识知晓率", "≥90%"),
        (None, "（二）可持续影响", "劝导员巡查制度", "建立并执行"),
        ("四、满意度指标（20分）", "（一）服务对象满意度", "辖区牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("al11-wrong-parent-empty", (5, 6, 13),
         "project, NAT-2021, numbered labels: a tier-2 under the wrong tier-1, a template tier-2 "
         "left empty, a value without a name")  # fmt: skip
def wrong_parent_empty() -> Book:
    b = book()
    s = first(b)
    project(s, "旱獭皮张收购点巡查项目", CDC, annual(28, 28, 0),
            ["巡查辖区旱獭皮张收购点，杜绝收购、加工病死旱獭。"])  # fmt: skip
    wrong = mk("2.社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标")
    empty = mk("2.生态效益指标", "F109", "warning", row=True, note="template tier-2 left empty")
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    indicators(s, PLAIN, [
        ("一、产出指标", "1.数量指标", "旱獭皮张收购点巡查次数", "≥24次"),
        (None, None, "牧民防治知识宣传户数", "≥900户"),
        (None, wrong, "牧民鼠疫防治知识知晓率", "≥85%"),
        (None, "3.时效指标", "巡查记录上报时限", "≤3个工作日"),
        ("二、成本指标", "1.经济成本指标", "每次巡查成本", "≤1500元/次"),
        ("三、效益指标", "1.可持续影响指标", "收购点巡查长效机制", "建立并执行"),
        (None, empty, None, None),
        ("四、满意度指标", "1.服务对象满意度指标", "辖区牧户满意度", "≥90%"),
        (None, None, nameless, "≥85%"),
    ])  # fmt: skip
    return b


@variant("al12-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under a two-row "
         "header 考核指标 / 预期实现值 with a 评价标准 column (correct)")  # fmt: skip
def second_sheet() -> Book:
    b = book("项目信息")
    project(first(b), "牧区旱獭猎捕季联防联控项目", CDC, annual(52, 40, 12),
            ["猎捕季联合公安、市场监管和乡镇开展巡查，查处私自猎捕旱獭行为。"])  # fmt: skip
    s = b.sheet("绩效指标", (16, 16, 30, 18, 24))
    s.title("绩效指标表", 5)
    s.row("考核指标", None, None, "预期实现值", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "联合巡查次数", "≥20次", "每少1次扣1分"),
        (None, None, "联防乡镇数", "≥8个", "每少1个扣1分"),
        (None, "质量指标", "巡查记录完整率", "≥95%", "每低1个百分点扣1分"),
        (None, "时效指标", "联合巡查启动时间", "4月30日前", "逾期不得分"),
        (None, "成本指标", "每次联合巡查成本", "≤8000元/次", "超支不得分"),
        ("效益指标", "社会效益指标", "私捕旱獭线索核查率", "≥95%", "按比例得分"),
        (None, "可持续影响指标", "联防联控机制", "健全", "视情况扣分"),
        ("满意度指标", "服务对象满意度指标", "联防乡镇满意度", "≥90%", "按比例得分"),
    ], merged=(1, 2))  # fmt: skip
    return b
