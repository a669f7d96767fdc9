"""Indicator tables found by the words offices use: on a second sheet behind a project sheet, or
below a long description, under headers such as 绩效指标内容, 预期实现值, 考核标准, 考核指标,
绩效标准 (qd01–qd06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout228.common import (
    book,
    describe,
    indicators,
    line,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout228.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("qd01-cloud-ops-second-sheet", (7,), "one-year project, NAT-2021: head and description "
         "on 项目申报书, the table on a second sheet under 绩效指标内容 / 预期实现值 "
         "(correct)")  # fmt: skip
def qd01() -> Book:
    b, s = book("项目申报书")
    project_head(
        s, year=2026, name="市级政务云平台运维服务项目", dept="云泽市数据资源局（412）",
        unit="云泽市大数据中心", money=one_year_money(wan(68.4), wan(60), wan(8.4)),
        goals=["2026年保障市级政务云平台及42个部门业务系统稳定运行，平台可用率不低于99.5%，"
               "全年不发生重大网络安全事件。"],
    )  # fmt: skip
    describe(s, [
        ("项目概况", "市级政务云平台承载全市42个部门的业务系统，现有服务器及存储设备120台，"
                     "需委托专业运维单位提供驻场运维、安全监测和机房运行保障服务。"),
        ("资金测算", "设备运维120台×0.35万元/台=42万元；安全监测服务18万元；"
                     "机房电力及空调运行8.4万元；合计68.4万元。"),
        ("绩效目标", "详见附表“绩效目标表”。"),
    ])  # fmt: skip
    t = b.sheet("绩效目标表", (14, 18, 30, 18, 24))
    line(t, "附表：市级政务云平台运维服务项目绩效目标", 5)
    indicators(t, ("一级指标", "二级指标", "绩效指标内容", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "保障部门业务系统数量", "≥42个", "含市级各部门"),
        (None, None, "运维服务器及存储设备", "≥120台", None),
        (None, "质量指标", "政务云平台可用率", "≥99.5%", "按月统计"),
        (None, None, "安全漏洞整改率", pct(1), "高危漏洞全部整改"),
        (None, "时效指标", "故障平均响应时间", "≤30分钟", "7×24小时值守"),
        ("成本指标", "经济成本指标", "单台设备年运维成本", "≤0.35万元/台", None),
        ("效益指标", "社会效益指标", "重大网络安全事件", "=0起", None),
        (None, "可持续影响指标", "运维管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "使用部门满意度", "≥90%", "年底问卷调查"),
    ])  # fmt: skip
    return b


@variant("qd02-county-network-rate-and-repair", (7,), "one-year project, NAT-2021: the table on "
         "a second sheet under 指标内容 / 预期目标: a 按时处置率 ≥105%, a repair time "
         "with ≥")  # fmt: skip
def qd02() -> Book:
    b, s = book("基本情况")
    project_head(
        s, year=2026, name="县级电子政务外网运维项目", dept="青枫县行政审批服务局（208）",
        unit="青枫县电子政务服务中心", money=one_year_money(wan(46), wan(46), wan(0)),
        goals=["2026年保障县乡村三级电子政务外网稳定运行，接入单位不少于260个，"
               "故障工单按时处置，网络可用率不低于99%。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 22))
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期目标", "指标值设定依据"), [
        ("产出指标", "数量指标", "外网接入单位数量", "≥260个", "计划标准"),
        (None, None, "网络设备巡检次数", "≥12次", "每月一次"),
        (None, "质量指标", "外网网络可用率", "≥99%", "行业标准"),
        (None, None, "故障工单按时处置率",
         mk("≥105%", "T106", "error", note="a 按时处置率 cannot exceed 100%"), "历史标准"),
        (None, "时效指标", "网络故障平均修复时长",
         mk("≥4小时", "T108", "warning", row=True, note="a repair time is 反向: ≤4小时"),
         "运维合同约定"),
        ("成本指标", "经济成本指标", "单个接入点年运维成本", "≤0.15万元/个", "合同价"),
        ("效益指标", "社会效益指标", "乡镇政务服务网上办理率", "≥85%", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "接入单位满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    return b


@variant("qd03-cadre-training-below-text", (7,), "one-year project, NAT-2021, numbered tier "
         "labels: the table below a long description, under 预期实现值 beside a 评（扣）分标准 "
         "column full of numbers (correct)")  # fmt: skip
def qd03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="全县干部综合能力提升培训项目", dept="桐溪县委组织部（101）",
        unit="桐溪县委党校", money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["2026年举办干部综合能力提升培训班6期，培训干部300人，学员结业考核通过率"
               "不低于90%。"],
    )  # fmt: skip
    describe(s, [
        ("项目概况", "围绕县委中心工作，分专题对全县科级干部和年轻干部开展轮训，采取专题讲座、"
                     "现场教学、分组研讨相结合的方式，每期50人，每期3天。"),
        ("实施计划", "3月制定培训方案，4月至11月分6期组织实施，12月开展培训效果评估。"),
        ("资金测算", "培训费按550元/人·天的综合定额测算：300人×3天×550元=49.5万元；"
                     "教材及课程开发费10.5万元；合计60万元。"),
    ])  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值", "评（扣）分标准"), [
        ("一、产出指标", "1.数量指标", "举办培训班期数", "≥6期", "每少1期扣2分"),
        (None, None, "培训干部人数", "≥300人", "每少10人扣1分"),
        (None, "2.质量指标", "学员考勤合格率", "≥95%", "每低1个百分点扣0.5分"),
        (None, None, "结业考核通过率", "≥90%", "每低1个百分点扣1分"),
        (None, "3.时效指标", "培训计划完成时间", "2026年11月30日前", "逾期不得分"),
        ("二、成本指标", "1.经济成本指标", "培训费综合定额", "≤550元/人·天", "超标准不得分"),
        ("三、效益指标", "1.社会效益指标", "参训干部履职能力", "明显提升", "按评估报告评分"),
        (None, "2.可持续影响指标", "新开发精品课程", "≥20门", "每少2门扣1分"),
        ("四、满意度指标", "1.服务对象满意度指标", "参训学员满意度", "≥90%", "低于80%不得分"),
    ])  # fmt: skip
    sign(s, "梁晓筠", "孔繁宇", "0736-5218 4470")
    return b


@variant("qd04-open-gov-training-last-year-dates", (7,), "one-year project, NAT-2021: below a "
         "long description, under 绩效指标内容 / 考核标准: the plan dates copied from last year, "
         "a 合格率 given as a count")  # fmt: skip
def qd04() -> Book:
    b, s = book("申报表")
    project_head(
        s, year=2026, name="全区政务公开业务培训项目", dept="鹭川区人民政府办公室（003）",
        unit="鹭川区政务公开办公室", money=one_year_money(wan(18), wan(18), wan(0)),
        start=mk(day(2025, 1, 1), "Y102", "error", row=True, alt=("Y101",),
                 note="the plan dates lie in 2025, the table is for 2026"),
        end=day(2025, 12, 31),
        goals=["2026年举办政务公开业务培训4期，培训各部门及街道政务公开工作人员400人次。"],
    )  # fmt: skip
    describe(s, [
        ("项目内容", "面向区直各部门、各街道政务公开工作人员，开展政府信息主动公开、依申请公开"
                     "答复、政策解读等专题培训，邀请市级专家授课并组织案例研讨。"),
        ("资金测算", "培训费按450元/人·天测算：400人次×1天×450元=18万元。"),
    ])  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "绩效指标内容", "考核标准"), [
        ("产出指标", "数量指标", "举办专题培训期数", "≥4期"),
        (None, None, "培训政务公开工作人员", "≥400人次"),
        (None, "质量指标", "培训考核合格率",
         mk("1200人次", "T105", "error", note="a 合格率 needs a %")),
        (None, "时效指标", "培训完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "培训费标准", "≤450元/人·天"),
        ("效益指标", "社会效益指标", "依申请公开答复按期办结率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯雨晴", "詹怀远", "0592-6713 2085")
    return b


@variant("qd05-archive-scan-period-second-sheet", (7,), "three-year project, NAT-2021: money on "
         "基本信息, the table on a second sheet under 考核指标 / 中期目标值 / 年度目标值; "
         "rates, a unit cost and a grade equal in both columns, counts smaller in the year "
         "(correct)")  # fmt: skip
def qd05() -> Book:
    b, s = book("基本信息")
    project_head(
        s, year=2026, years=3, name="馆藏文书档案数字化加工项目", dept="梅岭县档案馆（315）",
        unit="梅岭县档案馆", attr="新增项目",
        money=period_money((wan(126), wan(120), wan(6)), (wan(42), wan(40), wan(2))),
        goals=["用三年时间完成馆藏文书档案90万页数字化加工，建成数字档案资源库并提供网上查阅"
               "服务。", "2026年完成文书档案30万页数字化加工和15万条目录著录，数字化成果"
               "质检合格率不低于98%。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 18))
    indicators(t, ("一级指标", "二级指标", "考核指标", "中期目标值", "年度目标值"), [
        ("产出指标", "数量指标", "档案数字化加工页数", "≥90万页", "≥30万页"),
        (None, None, "档案目录数据著录条目", "≥45万条", "≥15万条"),
        (None, "质量指标", "数字化成果质检合格率", "≥98%", "≥98%"),
        (None, None, "图像与目录挂接准确率", pct(1), pct(1)),
        (None, "时效指标", "加工任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单页数字化加工成本", "≤0.6元/页", "≤0.6元/页"),
        ("效益指标", "社会效益指标", "档案网上查阅利用人次", "≥6000人次", "≥1500人次"),
        (None, "可持续影响指标", "档案原件保护", "有效", "有效"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("qd06-property-archive-period-mistakes", (7,), "two-year project, NAT-2021: the table "
         "on a second sheet under 绩效标准（实施期）/（年度）: an annual count above the period "
         "count, 时效指标 under 效益指标")  # fmt: skip
def qd06() -> Book:
    b, s = book("封面及基本信息")
    project_head(
        s, year=2026, years=2, name="不动产登记档案数字化项目", dept="安澜区自然资源局（027）",
        unit="安澜区不动产登记中心",
        money=period_money((wan(80), wan(72), wan(8)), (wan(45), wan(40), wan(5))),
        goals=["两年内完成2.4万卷不动产登记档案数字化，实现档案查询全程电子化。",
               "2026年完成首批不动产登记档案扫描和目录建库，开通电子化查询。"],
    )  # fmt: skip
    t = b.sheet("目标表", (14, 18, 30, 20, 20))
    indicators(t, ("一级指标", "二级指标", "三级指标", "绩效标准（实施期）", "绩效标准（年度）"), [
        ("产出指标", "数量指标", "不动产档案扫描卷数", "≥2.4万卷",
         mk("≥2.8万卷", "D201", "error", row=True, note="the year above the period's 2.4万卷")),
        (None, None, "目录数据建库条目", "≥24万条", "≥13万条"),
        (None, "质量指标", "扫描图像合格率", "≥99%", "≥99%"),
        ("成本指标", "经济成本指标", "单卷数字化加工成本", "≤15元/卷", "≤15元/卷"),
        ("效益指标", "社会效益指标", "档案电子化查询覆盖率", "≥95%", "≥50%"),
        (None, mk("时效指标", "F105", "error", row=True, note="a tier-2 of 产出指标"),
         "档案查询平均办理时间", "≤20分钟", "≤20分钟"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
