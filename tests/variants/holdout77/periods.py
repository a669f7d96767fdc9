"""Project returns with a 比较符 column in words, a missing tier, and multi-year projects with
中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout77.forms import GE, indicators, multi_year, one_year, signatures, w
from tests.variants.holdout77.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant(
    "ki07-transport-rural-roads",
    (2, 11),
    "project, NAT-2021, one value column; a conflicting duplicate, no 满意度指标",
)
def ki07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="农村公路养护工程省级补助",
        dept="岚川省交通运输厅（307001）",
        unit="岚川省公路事业发展中心",
        attr="常年项目",
        money=one_year(w(12600), w(12600), w(0)),
        goals=[
            "补助各县开展农村公路日常养护和安全生命防护工程，完成农村公路养护里程"
            "4.2万公里，实施安防工程1500公里，优良中等路率保持在85%以上。"
        ],
    )
    b.file_mark("F106", "error", note="沿线群众 are identifiable users: 满意度指标 missing")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("成本指标", "经济成本指标", "安防工程每公里补助标准", "≤6万元/公里"),
            ("产出指标", "数量指标", "农村公路养护里程", "≥4.2万公里"),
            (None, None, "实施安全生命防护工程里程", "≥1500公里"),
            (None, None, "改造危旧桥梁座数", "≥60座"),
            (None, "质量指标", "农村公路优良中等路率", pct(0.85, GE)),
            (None, None, "安防工程交工验收合格率", "=100%"),
            (None, "时效指标", "安防工程完工时间", "11月30日前"),
            ("效益指标", "社会效益指标", "农村公路列养率", "=100%"),
            (
                None,
                None,
                mk(
                    "实施安全生命防护工程里程",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103", "F201"),
                    note="the same indicator as under 数量指标, 1200 against 1500",
                ),
                "≥1200公里",
            ),
            (None, None, "通客车建制村比例", "=100%"),
            (None, "可持续影响指标", "农村公路路长制", "健全"),
        ],
    )
    signatures(s, "岚川省公路事业发展中心", "唐鹏", "0871-6540318")
    return b


@variant(
    "ki08-sport-fitness-events",
    (1,),
    "project, NAT-2021, 比较符 in words in its own column, 计量单位 column; correct",
)
def ki08() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2027,
        name="全民健身赛事活动",
        dept="岚川省体育局（308001）",
        unit="岚川省社会体育指导中心",
        attr="延续项目",
        money=one_year(w(860), w(760), w(100)),
        goals=[
            "举办省级全民健身赛事活动45项次，带动各地开展基层群众体育活动，"
            "全年参赛群众不少于12万人次。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            ("成本指标", "经济成本指标", "单项赛事平均补助", "小于等于", 18, "万元/项次"),
            ("产出指标", "数量指标", "举办省级全民健身赛事活动", "大于等于", 45, "项次"),
            (None, None, "参赛群众人次", "大于等于", 12, "万人次"),
            (None, None, "培训社会体育指导员", "大于等于", 600, "人"),
            (None, "质量指标", "赛事活动安全事故发生率", "等于", 0, "%"),
            (None, None, "赛事组织方案审核通过率", "等于", pct(1), "%"),
            (None, "时效指标", "年度赛事计划完成时间", "小于等于", "12月20日", None),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "大于等于", pct(0.4), "%"),
            (None, None, "群众健身意识", None, "明显增强", None),
            (None, "可持续影响指标", "全民健身赛事长效举办机制", None, "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "大于等于", pct(0.9), "%"),
        ],
    )
    signatures(s, "岚川省社会体育指导中心", "林松", "0871-6211876")
    return b


@variant(
    "ki09-resources-eco-restoration",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, counts smaller in the year; correct",
)
def ki09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        years=3,
        attr="新增项目",
        name="历史遗留废弃矿山生态修复",
        dept="岚川省自然资源厅（309001）",
        unit="岚川省国土空间生态修复中心",
        money=multi_year((w(24000), w(21000), w(3000)), (w(8000), w(7000), w(1000))),
        goals=[
            "到2029年完成历史遗留废弃矿山生态修复面积3.6万亩，修复区植被覆盖率达到80%，"
            "消除地质灾害隐患。",
            "2027年完成废弃矿山生态修复面积1.2万亩，完成46个图斑修复工程，消除地质灾害隐患点30处。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            ("成本指标", "经济成本指标", "亩均修复成本", "≤6600元/亩", "≤6600元/亩"),
            ("产出指标", "数量指标", "完成生态修复面积", "≥3.6万亩", "≥1.2万亩"),
            (None, None, "完成修复图斑个数", "≥140个", "≥46个"),
            (None, None, "消除地质灾害隐患点", "≥90处", "≥30处"),
            (None, "质量指标", "修复工程验收合格率", pct(1), pct(1)),
            (None, "时效指标", "年度修复任务完成时间", "每年11月底前", "11月底前"),
            ("效益指标", "生态效益指标", "修复区植被覆盖率", pct(0.8, GE), pct(0.75, GE)),
            (None, "社会效益指标", "受地质灾害威胁群众", "明显减少", "明显减少"),
            (None, "可持续影响指标", "修复成果后期管护机制", "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", pct(0.9, GE), pct(0.9, GE)),
        ],
    )
    signatures(s, "岚川省国土空间生态修复中心", "包国华", "0871-6320564")
    return b


@variant(
    "ki10-university-discipline",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts copied into 年度",
)
def ki10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    same = "the same two disciplines all three years: not cumulative, equal is right"
    copied = "a cumulative count of a three-year project copied from the 中期 column"
    project_head(
        s,
        year=2027,
        years=3,
        attr="延续项目",
        name="一流学科建设",
        dept="岚川省教育厅（301001）",
        unit="岚川理工大学",
        money=multi_year((w(9000), w(7500), w(1500)), (w(3000), w(2500), w(500))),
        goals=[
            "建设期内重点建设材料科学与工程、矿业工程2个学科，引进高层次人才30名，"
            "建设省级以上科研平台6个，学科评估排名进位。",
            "年度引进高层次人才10名，新建省级以上科研平台2个，发表高水平论文120篇。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            ("成本指标", "经济成本指标", "高层次人才引进安家补助", "≤80万元/人", "≤80万元/人"),
            ("产出指标", "数量指标", "重点建设学科数", "=2个", ok("=2个", note=same)),
            (
                None,
                None,
                "引进高层次人才",
                "≥30名",
                mk("≥30名", "D202", "warning", alt=("D104",), note=copied),
            ),
            (
                None,
                None,
                "新建省级以上科研平台",
                "≥6个",
                mk("≥6个", "D202", "warning", alt=("D104",), note=copied),
            ),
            (
                None,
                None,
                "发表高水平学术论文",
                "≥360篇",
                mk("≥360篇", "D202", "warning", alt=("D104",), note=copied),
            ),
            (None, "质量指标", "科研平台建设验收通过率", pct(1), pct(1)),
            (None, "时效指标", "年度建设任务完成时间", "每年12月底前", "12月底前"),
            ("效益指标", "社会效益指标", "学科评估排名", "进位", "进位"),
            (None, "经济效益指标", "横向科研合同经费", "≥1.5亿元", "≥0.5亿元"),
            (None, "可持续影响指标", "学科建设绩效管理制度", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "学科团队教师满意度", pct(0.9, GE), pct(0.9, GE)),
        ],
    )
    b.file_mark(
        "D104",
        "warning",
        required=False,
        note="年度目标 says 10名/2个/120篇, the annual column 30/6/360",
    )
    signatures(s, "岚川理工大学", "周亚楠", "0871-6591034")
    return b


@variant(
    "ki11-hospital-specialty",
    (6, 8),
    "two-year project, NAT-2021, a two-line header (指标值 over 中期 and 年度); correct",
)
def ki11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        years=2,
        attr="新增项目",
        name="省级临床重点专科建设",
        dept="岚川省卫生健康委员会（305001）",
        unit="岚川省第一人民医院",
        money=multi_year((w(2400), w(2000), w(400)), (w(1300), w(1100), w(200))),
        goals=[
            "两年内建成心血管内科、神经外科2个省级临床重点专科，开展新技术新项目16项，"
            "培养专科骨干医师40名，疑难危重病例收治能力明显提升。",
            "年度开展新技术新项目8项，培养专科骨干医师20名，完成专科设备购置。",
        ],
    )
    s.row("绩效指标", merge=[(1, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期指标值", "年度指标值")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("成本指标", "经济成本指标", "专科设备购置支出", "≤1500万元", "≤900万元"),
            ("产出指标", "数量指标", "开展新技术新项目", "≥16项", "≥8项"),
            (None, None, "培养专科骨干医师", "≥40名", "≥20名"),
            (None, "质量指标", "专科四级手术占比", pct(0.3, GE), pct(0.25, GE)),
            (None, None, "专科患者平均住院日", "≤8.5天", "≤9天"),
            (None, "时效指标", "专科设备购置完成时间", "2027年9月底前", "9月底前"),
            ("效益指标", "社会效益指标", "疑难危重病例收治能力", "明显提升", "有所提升"),
            (None, None, "省外转诊患者数量", "逐年下降", "下降"),
            (None, "可持续影响指标", "专科人才梯队", "健全", "逐步完善"),
            ("满意度指标", "服务对象满意度指标", "住院患者满意度", pct(0.9, GE), pct(0.9, GE)),
        ],
        merged=(1, 2),
    )
    signatures(s, "岚川省第一人民医院", "钱蕾", "0871-6488210")
    return b


@variant(
    "ki12-education-preschool",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns with a 计量单位 column; correct",
)
def ki12() -> Book:
    b = Book()
    s = b.sheet("项目表")
    project_head(
        s,
        year=2027,
        years=2,
        attr="新增项目",
        name="普惠性幼儿园扩容提质",
        dept="岚川省教育厅（301001）",
        unit="岚川省学前教育发展中心",
        money=multi_year((w(15000), w(12000), w(3000)), (w(7500), w(6000), w(1500))),
        goals=[
            "两年新建、改扩建公办幼儿园120所，新增普惠性学位3.6万个，"
            "全省普惠性幼儿园覆盖率达到90%。",
            "年度新建、改扩建公办幼儿园60所，新增普惠性学位1.8万个。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"),
        [
            ("成本指标", "经济成本指标", "每所幼儿园平均补助", "万元/所", "≤125", "≤125"),
            ("产出指标", "数量指标", "新建、改扩建公办幼儿园", "所", "≥120", "≥60"),
            (None, None, "新增普惠性学位", "万个", "≥3.6", "≥1.8"),
            (None, None, "培训幼儿园园长和骨干教师", "人", "≥2000", "≥1000"),
            (None, "质量指标", "新建园舍竣工验收合格率", "%", pct(1), pct(1)),
            (None, "时效指标", "年度开工项目完工率", "%", pct(0.9, GE), pct(0.9, GE)),
            ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "%", pct(0.9, GE), pct(0.86, GE)),
            (None, None, "学前三年毛入园率", "%", pct(0.93, GE), pct(0.92, GE)),
            (None, "可持续影响指标", "普惠性幼儿园运行保障机制", None, "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "%", pct(0.9, GE), pct(0.9, GE)),
        ],
    )
    signatures(s, "岚川省学前教育发展中心", "宋婧", "0871-6165729")
    return b
