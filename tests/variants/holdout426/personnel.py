"""Personnel-dispute returns of the 426th held-out set (事业单位 staff and their employers):
notes in and under the tables, tier labels as offices write them, other header words and
tables on a second sheet (items 4, 5, 6, 7, 11, 13)."""

from __future__ import annotations

from tests.variants.holdout426.common import (
    HEAD4,
    YEAR,
    book,
    funds,
    indicators,
    note,
    project,
    sign,
)
from tests.variants.holdout426.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("xt07-footnotes", (4,), "project, OLD-NAT, one value column; an instruction row inside "
         "the table, 注 explaining the total, 填表说明, signature and a fill date in the prior "
         "year (correct)")  # fmt: skip
def footnotes() -> Book:
    b, s = book()
    project(s, "人事争议仲裁专家咨询与案件评查经费", funds(96, 90, 6),
            ["聘请专家参与疑难人事争议案件咨询，开展结案案件质量评查。"])  # fmt: skip
    s.row(*HEAD4)
    note(s, "（以下指标按项目实际填写，一级、二级指标不得删除）", 4)
    s.table([
        ("产出指标", "数量指标", "疑难案件专家咨询", "≥60件"),
        (None, None, "评查结案案件卷宗", "≥500卷"),
        (None, "质量指标", "评查发现问题整改率", "≥95%"),
        (None, "时效指标", "专家咨询意见出具时限", "≤10个工作日"),
        (None, "成本指标", "每件专家咨询费用", "≤3000元/件"),
        ("效益指标", "社会效益指标", "人事争议案件裁决被撤销", "≤2件"),
        (None, "可持续影响指标", "形成评查问题整改清单", "≥1份"),
        ("满意度指标", "服务对象满意度指标", "事业单位和工作人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：资金总额96万元 = 财政拨款90万元 + 其他资金6万元。")
    note(s, "填表说明：指标值应含比较符和计量单位；比率类指标以百分比填写。")
    sign(s, "隋景和", "6617 2318", day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
    return b


@variant("xt08-notes-defect", (4, 6, 13), "project, NAT-2021, header 预期目标; a 说明 row inside "
         "the table, a tier-2 left from the template, a value without a name")  # fmt: skip
def notes_defect() -> Book:
    b, s = book()
    project(s, "人事争议仲裁员履职补贴经费", funds(64, 64, 0),
            ["落实兼职仲裁员办案补贴，保障人事争议案件按期审结。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "预期目标")
    empty = mk(None, "F110", "error", note="a value without an indicator name")
    left = mk("社会成本指标", "F109", "warning", row=True,
              note="template tier-2 left without indicator or value")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "兼职仲裁员办理人事争议案件", "≥420件"),
        (None, None, empty, "≥35人"),
        (None, "质量指标", "兼职仲裁员办案质量评查合格率", "≥95%"),
        (None, "时效指标", "补贴按季度发放及时率", "=100%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：兼职仲裁员名单以市人社局年度聘任文件为准。", 4)
    s.table([
        ("成本指标", "经济成本指标", "每件案件办案补贴", "≤1200元/件"),
        (None, left, None, None),
        ("效益指标", "社会效益指标", "人事争议案件调解成功率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("xt09-tier-labels", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量), ★ on a core indicator, an indicator score "
         "column adding to the same 100 (correct)")  # fmt: skip
def tier_labels() -> Book:
    b, s = book()
    project(s, "事业单位人事争议仲裁专项经费", funds(72, 72, 0),
            ["依法审理事业单位与工作人员之间的人事争议，推动争议源头化解。"])  # fmt: skip
    indicators(s, (*HEAD4, "分值"), [
        ("一、产出指标（40分）", "（一）数量", "1.审结人事争议案件", "≥260件", 15),
        (None, "（二）质量", "2.★人事争议案件调解成功率", "≥45%", 15),
        (None, "（三）时效", "3.案件法定期限内结案率", "≥98%", 10),
        ("二、成本指标（20分）", "（一）经济成本", "4.案均办案成本", "≤2400元/件", 20),
        ("三、效益指标（30分）", "（一）社会效益", "5.进入诉讼程序案件占比", "≤20%", 15),
        (None, "（二）可持续影响", "6.向事业单位发出仲裁建议书", "≥6份", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "7.当事人满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("xt10-wrong-parent", (5,), "project, NAT-2021, numbered tier labels: a 时效 tier-2 under "
         "效益指标, a satisfaction rate with =")  # fmt: skip
def wrong_parent() -> Book:
    b, s = book()
    project(s, "人事争议仲裁案件调解前置经费", funds(38, 38, 0),
            ["对事业单位人事争议案件开展立案前调解，减少进入仲裁庭审的案件。"])  # fmt: skip
    wrong = mk("（二）时效指标", "F105", "error",
               note="时效指标 belongs to 产出指标, not 效益指标")  # fmt: skip
    equal = mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant")
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "开展立案前调解案件", "≥180件"),
        (None, "（二）质量指标", "调解协议履行率", "≥90%"),
        ("二、成本指标", "（一）经济成本指标", "案均调解成本", "≤1500元/件"),
        ("三、效益指标", "（一）社会效益指标", "立案前调解成功率", "≥40%"),
        (None, wrong, "调解案件办结时限", "≤15日"),
        ("四、满意度指标", "（一）服务对象满意度指标", "当事人满意度", equal),
    ])  # fmt: skip
    return b


@variant("xt11-header-words", (7,), "project: head on the first sheet, the table on a second "
         "sheet under a two-row header (考核指标, 目标值（年度）, 评价标准) (correct)")  # fmt: skip
def header_words() -> Book:
    b, s = book("基本信息")
    project(s, "人事争议仲裁庭审录音录像系统运维经费", funds(24, 24, 0),
            ["保障人事争议仲裁庭审全程录音录像，庭审资料完整可查。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18, 30))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "年度目标", None, merge=[(1, 3), (4, 5)])
    ok99 = ok(pct(0.99), "warning", note="typed 99% without operator: ≥ implied, a reminder")
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "运维庭审录音录像点位", "≥12个", "达到得满分"),
        (None, "质量指标", "庭审录音录像完整率", ok99, "每低1%扣1分"),
        (None, "时效指标", "系统故障响应时限", "≤4小时", "超时一次扣1分"),
        (None, "成本指标", "每个点位年运维费用", "≤1.8万元/个", "超支不得分"),
        ("效益指标", "社会效益指标", "庭审资料调阅申请办理率", pct(1), "全部办理得满分"),
        ("满意度指标", "服务对象满意度指标", "仲裁员和当事人满意度", "≥90%", "问卷评价"),
    ])  # fmt: skip
    return b


@variant("xt12-second-sheet-defects", (7, 11), "project: the table on a second sheet "
         "under 指标内容 · 指标方向 (正向/反向) · 绩效标准: a 反向 rate with ≥, a 正向 count "
         "with ≤")  # fmt: skip
def second_sheet_defects() -> Book:
    b, s = book("项目信息")
    project(s, "人事争议仲裁案件送达经费", funds(18, 18, 0),
            ["通过邮寄和电子方式送达仲裁文书，保障当事人程序权利。"])  # fmt: skip
    t = b.sheet("绩效目标", (16, 18, 30, 14, 18))
    late = mk("≥3%", "T108", "warning", row=True, note="超期送达率 is 反向: ≤ meant")
    few = mk("≤2400份", "T108", "warning", row=True, note="a 正向 output count capped with ≤")
    indicators(t, ("一级指标", "二级指标", "指标内容", "指标方向", "绩效标准"), [
        ("产出指标", "数量指标", "送达仲裁文书", "正向", few),
        (None, "质量指标", "文书超期送达率", "反向", late),
        (None, "时效指标", "文书送达时限", "反向", "≤5个工作日"),
        (None, "成本指标", "每份文书送达费用", "反向", "≤25元/份"),
        ("效益指标", "社会效益指标", "因送达瑕疵被撤销的裁决", "反向", "=0件"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "正向", "≥90%"),
    ])  # fmt: skip
    return b
