"""Sign-language services (手语), returns vp07 to vp12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout370.common import funds, funds2, grid, start
from tests.variants.holdout370.registry import variant
from tests.variants.kit import Book, day, mk, pct

POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("vp07-sign-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标) and an indicator 分值 column: 100 both ways (correct)")  # fmt: skip
def vp07() -> Book:
    b, s = start()
    project_head(s, year=2026, name="鹤汀市公共服务手语翻译", dept="鹤汀市残疾人联合会 233",
                 unit="鹤汀市聋人协会", money=funds(150, 135, 15),
                 goals=["窗口提供手语翻译1200场，听障群众办事无障碍。"])  # fmt: skip
    grid(s, POINTS, [
        ("一、产出指标（40分）", "（一）数量指标", "1.现场手语翻译场次", "≥1200场", 15),
        (None, None, "2.视频远程手语翻译时长", "≥800小时", 5),
        (None, "（二）质量指标", "3.手语翻译员持证上岗率", "=100%", 10),
        (None, "（三）时效指标", "4.预约响应时间", "≤24小时", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.每场手语翻译服务费", "≤0.06万元/场", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.听障群众窗口办事办结率", "≥95%", 20),
        (None, "（二）可持续影响指标", "7.手语翻译服务制度", "健全", 10),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "8.听障群众满意度", "≥90%", 20),
    ])  # fmt: skip
    return b


@variant("vp08-sign-points-wrong", (5, 10),
         "project, NAT-2021, tier labels with points: indicator points not matching 产出 and 效益, "
         "a 时效指标 under 效益指标")  # fmt: skip
def vp08() -> Book:
    b, s = start()
    project_head(s, year=2026, name="湄川县听障人士手语培训", dept="湄川县残疾人联合会 309",
                 unit="湄川县特殊教育学校", money=funds(60, 50, 10),
                 goals=["举办手语培训班8期，培训听障人士及家属240人次。"])  # fmt: skip
    out = mk("产出指标（40分）", "W103", "error", note="10 + 10 + 10 + 15 = 45 ≠ 40")
    eff = mk("效益指标（30分）", "W103", "error", note="10 + 5 + 10 = 25 ≠ 30")
    late = mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标")
    grid(s, POINTS, [
        (out, "数量指标", "手语培训期数", "≥8期", 10),
        (None, None, "培训人次", "≥240人次", 10),
        (None, "质量指标", "学员结业考核通过率", "≥85%", 10),
        (None, None, "授课教师持证率", "=100%", 15),
        ("成本指标（10分）", "经济成本指标", "每期培训成本", "≤7万元/期", 10),
        (eff, "社会效益指标", "学员日常手语交流能力提升率", "≥80%", 10),
        (None, late, "培训班按期开班率", "≥95%", 5),
        (None, "可持续影响指标", "社区手语角持续开放率", "≥90%", 10),
        ("满意度指标（20分）", "服务对象满意度指标", "学员满意度", "≥90%", 20),
    ])  # fmt: skip
    return b


@variant("vp09-sign-interp-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period, "
         "rates equal, goals distinct (correct)")  # fmt: skip
def vp09() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="澄湾市手语翻译员培养", dept="澄湾市残疾人联合会 512",
                 unit="澄湾市聋人手语研究中心", money=funds2((420, 380, 40), (140, 126, 14)),
                 goals=["三年培养持证手语翻译员300人，建成手语服务站30个。",
                        "2026年培养手语翻译员100人，建成手语服务站10个。"])  # fmt: skip
    grid(s, PERIOD, [
        ("产出指标", "数量指标", "培养持证手语翻译员", "≥300人", "≥100人"),
        (None, None, "建成手语服务站", "≥30个", "≥10个"),
        (None, "质量指标", "手语翻译员考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培养成本", "≤0.8万元/人", "≤0.8万元/人"),
        ("效益指标", "社会效益指标", "听障群众手语服务可及率", "≥80%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vp10-sign-multi-year-wrong", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "an annual count above the period count, a 投诉率 with ≥")  # fmt: skip
def vp10() -> Book:
    b, s = start()
    goal = "两年建成手语视频服务平台，覆盖全市听障群众，服务站点不少于20个。"
    same = mk(goal, "D204", "warning", note="年度目标 identical to 中期目标 in a two-year project")
    project_head(s, year=2026, years=2, name="汀州市手语视频平台", dept="汀州市残联 418",
                 unit="汀州市信息无障碍中心", money=funds2((240, 200, 40), (130, 110, 20)),
                 goals=[goal, same])  # fmt: skip
    grid(s, PERIOD, [
        ("产出指标", "数量指标", "平台接入服务站点", "≥20个",
         mk("≥30个", "D201", "error", note="annual 30 above the period 20")),
        (None, None, "视频手语翻译时长", "≥6000小时", "≥2500小时"),
        (None, "质量指标", "视频接通成功率", "≥98%", "≥98%"),
        (None, None, "手语翻译服务投诉率", "≤2%",
         mk("≥2%", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ as in the period")),
        (None, "时效指标", "平台上线时间", "2026年6月30日前", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "每小时视频翻译成本", "≤0.02万元/小时", "≤0.02万元/小时"),
        ("效益指标", "社会效益指标", "听障群众平台注册率", "≥70%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vp11-sign-news-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标, 绩效目标值 and 评价标准, a typed percent (correct)")  # fmt: skip
def vp11() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2026, name="电视新闻手语同步播出", dept="溯阳市广播电视台 077",
                 unit="溯阳市广播电视台新闻中心", money=funds(48, 48, 0),
                 goals=["全年新闻节目加配手语翻译不少于300期，同步率达到100%。"])  # fmt: skip
    t = b.sheet("绩效指标", widths=(14, 18, 30, 16, 30))
    t.title("2026年度电视新闻手语同步播出绩效指标", 5)
    grid(t, ("一级指标", "二级指标", "考核指标", "绩效目标值", "评价标准"), [
        ("产出指标", "数量指标", "加配手语新闻期数", "≥300期", "每少10期扣1分"),
        (None, "质量指标", "手语画面同步率", pct(1), "未同步一期扣0.5分"),
        (None, "时效指标", "手语新闻按时播出率", "=100%", "延迟播出一次扣1分"),
        ("成本指标", "经济成本指标", "每期手语翻译制作费", "≤0.15万元/期", "超标准不得分"),
        ("效益指标", "社会效益指标", "听障观众收看比例", "≥30%", "按抽样调查计分"),
        ("满意度指标", "服务对象满意度指标", "听障观众满意度", "≥90%", "每低1个百分点扣1分"),
    ])  # fmt: skip
    return b


@variant("vp12-sign-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value without a name")  # fmt: skip
def vp12() -> Book:
    b, s = start()
    project_head(s, year=2026, name="霁原县无障碍手语服务窗口", dept="霁原县残疾人联合会 140",
                 unit="霁原县政务服务中心", money=funds(36, 30, 6),
                 goals=["在县政务服务中心和12个乡镇便民中心开设手语服务窗口。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "开设手语服务窗口", "≥13个"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥400人次"),
        (None, "质量指标", "窗口人员手语培训合格率", "≥90%"),
        (None, "时效指标", "窗口开设完成时间", day(2026, 6, 30)),
        ("成本指标", "经济成本指标", "单个窗口建设成本", "≤2万元/个"),
        ("效益指标", "社会效益指标", "听障群众窗口办事一次办结率", "≥90%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "听障群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
