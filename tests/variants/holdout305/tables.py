"""Returns tc07–tc12: 陪餐制度, 营养膳食补助 and 食品安全抽检 tables with notes, page breaks,
decorated tier labels, other header words and a second-sheet export."""

from __future__ import annotations

from tests.variants.holdout305.common import (
    YEAR,
    budget_line,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
)
from tests.variants.holdout305.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("tc07-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, 注 and "
         "填表说明 lines, a signature line dated the year before (correct)")  # fmt: skip
def tc07() -> Book:
    b, s = project(
        "苇塘市学校负责人陪餐及家长膳食监督", "苇塘市教育局 118", "苇塘市学校后勤服务中心",
        funds(42, 42, 0),
        ["在135所中小学落实学校负责人陪餐制度，培训家长膳食监督员540人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "落实陪餐制度的学校数", "≥135所"),
        (None, None, "家长膳食监督员培训人数", "≥540人"),
        (None, "质量指标", "陪餐记录完整率", "≥95%"),
        (None, "时效指标", "陪餐问题反馈处理时限", "≤3个工作日"),
        (None, "成本指标", "监督员人均培训成本", "≤300元/人"),
    ])  # fmt: skip
    notes(s, "说明：效益指标和满意度指标为必填项，请勿删除。", width=4)
    s.table([
        ("效益指标", "社会效益指标", "家长对学校用餐情况知晓率", "≥90%"),
        (None, "可持续影响指标", "陪餐制度常态化运行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1. 陪餐学校数含寄宿制学校22所；",
          "2. 人均培训成本按540人测算，合计16.2万元，其余用于陪餐记录系统维护。",
          "填表说明：指标值应写明比较符和计量单位，定性指标填写等级。")  # fmt: skip
    sign(s, "冉秋禾", "0871-6603 2417", day(YEAR - 1, 12, 5))
    return b


WEIGHTED = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("tc08-page-break-defect", (4, 6, 13),
         "department, NAT-2021, weight column, subtotal and total rows, the header repeated "
         "after a page break; an empty tier-2 left from the template and a value without "
         "a name")  # fmt: skip
def tc08() -> Book:
    b, s = department(
        "栖梧县教育局",
        [budget_line(980, 950, 30, 280, 700)],
        "落实6200名农村学生营养膳食补助，加强学校食堂食品安全管理。",
    )  # fmt: skip
    s.skip()
    indicators(s, WEIGHTED, [
        ("成本指标", "经济成本指标", "生均营养膳食补助标准", "≤5元/人·天", 10),
        ("产出指标", "数量指标", "受益学生人数", "≥6200人", 10),
        (None, None, "全年供餐天数", "≥200天", 10),
        (None, "质量指标", "食堂食品原料抽检合格率", "≥98%", 10),
        (None, "时效指标", "补助资金拨付及时率", "≥95%", 10),
        ("小计", "", None, None, 50),
    ])  # fmt: skip
    s.skip()
    nameless = mk(None, "F110", "error", note="a value and a weight but no indicator name")
    empty = mk("生态效益指标", "F109", "warning", row=True, note="template tier-2 left unfilled")
    indicators(s, WEIGHTED, [
        ("效益指标", "社会效益指标", "学生营养知识知晓率", "≥85%", 10),
        (None, None, nameless, "≥90%", 10),
        (None, empty, None, None, None),
        (None, "可持续影响指标", "营养改善长效管理机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", 20),
        ("小计", "", None, None, 50),
        ("合计", "", None, None, 100),
    ])  # fmt: skip
    return b


POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("tc09-numbered-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), a ★ core indicator, indicator points adding to the tier points and "
         "to 100 (correct)")  # fmt: skip
def tc09() -> Book:
    b, s = project(
        "苇塘市中小学生营养健康教育与膳食监测", "苇塘市教育局 118", "苇塘市中小学卫生保健所",
        funds(58, 50, 8),
        ["在64所学校开设营养健康教育课，完成3200名学生膳食营养监测并形成年度报告。"],
    )  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（40分）", "（一）数量指标", "开设营养健康教育课的学校数", "≥64所", 10),
        (None, None, "学生膳食营养监测样本量", "≥3200人", 10),
        (None, "（二）质量指标", "★监测数据有效率", "≥95%", 10),
        (None, "（三）时效指标", "监测报告提交时间", "2026年11月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "人均膳食监测成本", "≤80元/人", 10),
        (None, None, "营养教育读本印制单价", "≤12元/册", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "学生营养知识知晓率", "提高≥5百分点", 15),
        (None, "（二）可持续影响指标", "学生膳食营养监测数据库", "建立并执行", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "学生及家长满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


SCORED = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("tc10-wrong-parent-points", (5, 10),
         "project, NAT-2021, abbreviated tier labels with a tier score column: 时效 under 效益, "
         "the 产出 indicator points short of the tier's score")  # fmt: skip
def tc10() -> Book:
    b, s = project(
        "柘湾区农村学校食堂改造", "柘湾区教育和体育局 205", "柘湾区教育基建办",
        funds(210, 180, 30),
        ["改造6所农村学校食堂，新增冷链储存设施6套，9月底前完工。"],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator points 95, not 100: the 产出 shortfall again")  # fmt: skip
    short = mk(40, "W103", "error", note="35 points under 产出 (10+10+10+5), 40 declared")
    wrong = mk("时效", "F105", "error", note="时效 belongs to 产出, not 效益")
    indicators(s, SCORED, [
        ("成本", 20, "经济成本", "每所食堂平均改造成本", "≤35万元/所", 20),
        ("产出", short, "数量", "改造食堂数", "≥6所", 10),
        (None, None, None, "新增冷链储存设施", "≥6套", 10),
        (None, None, "质量", "改造工程验收合格率", "=100%", 10),
        (None, None, None, "燃气管道安全检测合格率", "=100%", 5),
        ("效益", 30, "社会效益", "学生在校就餐率", "≥90%", 10),
        (None, None, "可持续影响", "食堂设施管护制度", "健全", 10),
        (None, None, wrong, "改造工程完工时间", "2026年9月30日前", 10),
        ("满意度", 10, "服务对象满意度", "师生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("tc11-two-row-header", (7,),
         "project, OLD-NAT, two-row header (考核指标 / 目标值（年度） over 比较符 and 指标值, "
         "评价标准 merged down), a date cell as a deadline, percent cells (correct)")  # fmt: skip
def tc11() -> Book:
    b, s = project(
        "柘湾区学校食堂“互联网+明厨亮灶”建设", "柘湾区教育和体育局 205", "柘湾区教育信息中心",
        funds(84, 84, 0),
        ["42所学校食堂后厨接入监管平台，6月底前上线运行。"],
    )  # fmt: skip
    top = s.row("考核指标", None, None, "目标值（年度）", None, "评价标准", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", None)
    s.ws.merge_cells(start_row=top, start_column=6, end_row=top + 1, end_column=6)
    s.table([
        ("产出指标", "数量指标", "接入平台的学校食堂数", "≥", "42个", "每少1个扣0.5分"),
        (None, "质量指标", "后厨视频在线率", "≥", pct(0.95), "每低1%扣0.5分"),
        (None, "时效指标", "平台上线时间", "≤", day(YEAR, 6, 30), "逾期不得分"),
        (None, "成本指标", "每所食堂接入成本", "≤", "2万元/所", "超支不得分"),
        ("效益指标", "社会效益指标", "后厨违规操作整改率", "≥", pct(0.98), "按比例扣分"),
        (None, "可持续影响指标", "平台运维服务期", "≥", "3年", "未达不得分"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.9), "按比例扣分"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("tc12-export-second-sheet", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on sheet "
         "部门项目支出绩效目标05-2 with codes in the first columns, header 预期实现值 on the "
         "third row; a rate given as a count, a time limit given as a percent")  # fmt: skip
def tc12() -> Book:
    b, _ = project(
        "栖梧县校园及周边食品安全监督抽检", "栖梧县市场监督管理局 412", "栖梧县食品检验所",
        funds(36, 36, 0),
        ["对全县86所学校食堂及校园周边食品经营者开展监督抽检不少于480批次。"],
        sheet="部门项目支出预算05-1", title=f"{YEAR}年度部门项目支出预算",
    )  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", (22, 20, 12, 14, 28, 18))
    s.title(f"{YEAR}年度部门项目支出绩效目标表", 6)
    s.row("单位名称：栖梧县市场监督管理局", None, None, None, "金额单位：万元", merge=[(1, 4)])
    count = mk("86所", "T105", "error", note="a 覆盖率 given as a count of schools")
    limit = mk("100%", "T113", "warning", note="a time limit given as a percentage")
    code, name = "52102426000000017", "栖梧县校园及周边食品安全监督抽检"
    indicators(s, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值"), [
        (code, name, "产出指标", "数量指标", "校园食品安全监督抽检批次", "≥480批次"),
        (None, None, None, None, "学校食堂抽检覆盖率", count),
        (None, None, None, "质量指标", "检验结论复核准确率", "≥99%"),
        (None, None, None, "时效指标", "抽检结果公示时限", limit),
        (None, None, None, "成本指标", "每批次抽检检验费用", "≤750元/批次"),
        (None, None, "效益指标", "社会效益指标", "不合格食品核查处置率", "=100%"),
        (None, None, None, "可持续影响指标", "校园食品安全抽检长效机制", "健全"),
        (None, None, "满意度指标", "服务对象满意度指标", "学校及家长满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
