"""The county e-commerce service centre: ev13–ev18 (points, multi-year, wrong tier-2s)."""

from __future__ import annotations

from tests.variants.holdout610.common import (
    COMMERCE,
    YEAR,
    department,
    funds,
    funds2,
    notes,
    project,
    signed,
    start,
    wan,
)
from tests.variants.holdout610.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "蓼川县电子商务公共服务中心"
POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("ev13-ecom-points", (5, 10),
         "project, NAT-2021, tier-1 labels with points and an indicator score column, both "
         "levels adding to 100, a conversion rate raised in 百分点 (correct)")  # fmt: skip
def ev13() -> Book:
    b, s = start()
    goal = ("完善县乡村三级电商物流体系，建成村级电商服务站40个，开展农村电商培训1200人次，"
            "无花果、醪糟等农产品网络零售额增长20%以上。")  # fmt: skip
    project(s, "蓼川县电子商务进农村综合示范提升项目", CENTRE, funds(150, 120, 30), [goal],
            dept=COMMERCE)  # fmt: skip
    s.row(*POINTS)
    s.table([
        ["产出指标（50分）", "数量指标", "村级电商服务站", "≥40个", 15],
        [None, None, "农村电商培训", "≥1200人次", 10],
        [None, "质量指标", "服务站有效运营率", "≥90%", 10],
        [None, None, "电商培训考核合格率", "≥85%", 5],
        [None, "时效指标", "服务站建成时间", "2026年10月31日前", 10],
        ["成本指标（10分）", "经济成本指标", "村级服务站建设补助", "≤2万元/个", 5],
        [None, None, "人均培训成本", "≤300元/人次", 5],
        ["效益指标（30分）", "经济效益指标", "农产品网络零售额增长率", "≥20%", 15],
        [None, None, "农产品网店订单转化率", "提高≥3百分点", 5],
        [None, "社会效益指标", "带动农村电商就业", "≥300人", 10],
        ["满意度指标（10分）", "服务对象满意度指标", "服务站经营户满意度", "≥90%", 10],
    ], merged=(1, 2))  # fmt: skip
    s.row("合计（100分）", None, None, None, 100, merge=[(1, 4)])
    signed(s, "韦朝晖", "0779-6225036", day(YEAR, 1, 9))
    return b


@variant("ev14-ecom-live-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points: 产出 declared 40 over indicator "
         "scores of 45, a training count below the goal's")  # fmt: skip
def ev14() -> Book:
    b, s = start()
    goal = "建成乡级电商直播基地1个，开展直播带货技能培训200人次，孵化无花果、醪糟直播账号30个。"
    project(s, "柘坪乡电商直播基地建设项目", CENTRE, funds(50, 40, 10), [goal], dept=COMMERCE)
    tier = mk("一、产出指标（40分）", "W103", "error", note="其下指标分值10+10+10+10+5=45，不是40")
    few = mk("≥150人次", "D104", "warning", note="年度绩效目标写培训200人次")
    b.file_mark("W101", "error", required=False,
                note="一级分值合计95，与指标分值合计100不一致，源于产出的40分")  # fmt: skip
    s.row(*POINTS)
    s.table([
        [tier, "1.数量指标", "电商直播基地", "≥1个", 10],
        [None, None, "直播带货技能培训", few, 10],
        [None, None, "孵化农产品直播账号", "≥30个", 10],
        [None, "2.质量指标", "培训考核合格率", "≥85%", 10],
        [None, "3.时效指标", "直播基地建成时间", "2026年8月31日前", 5],
        ["二、成本指标（10分）", "1.经济成本指标", "直播设备购置成本", "≤18万元", 10],
        ["三、效益指标（35分）", "1.经济效益指标", "直播带动农产品销售额", "≥500万元", 20],
        [None, "2.社会效益指标", "带动返乡青年就业", "≥25人", 15],
        ["四、满意度指标（10分）", "1.服务对象满意度指标", "参训学员满意度", "≥90%", 10],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ev15-ecom-warehouse-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, "
         "two cumulative counts copied from 中期 to 年度")  # fmt: skip
def ev15() -> Book:
    b, s = start()
    text = ("建设运营县域电商公共仓配中心，整合快递物流资源，实现行政村快递服务全覆盖，"
            "年处理农产品包裹60万件。")  # fmt: skip
    same = mk(text, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project(s, "蓼川县县域电商公共仓配中心运营项目", CENTRE,
            funds2((300, 240, 60), (100, 80, 20)), [text, same], dept=COMMERCE,
            years=3)  # fmt: skip
    parcels = mk("≥180万件", "D202", "warning", alt=("D104",),
                 note="三年累计量照抄到年度（目标写年处理60万件）")  # fmt: skip
    points = mk("≥90个", "D202", "warning", note="三年累计新增数照抄到年度")
    rows = [
        ["产出指标", "数量指标", "农产品包裹处理量", "≥180万件", parcels],
        [None, None, "新增村级快递物流点", "≥90个", points],
        [None, "质量指标", "包裹破损率", "≤1%", "≤1%"],
        [None, "时效指标", "县内包裹配送时限", "≤48小时", "≤48小时"],
        ["成本指标", "经济成本指标", "单件包裹仓配补贴", "≤0.5元/件", "≤0.5元/件"],
        ["效益指标", "经济效益指标", "农产品快递物流成本下降率", "≥10%", "≥5%"],
        [None, "社会效益指标", "带动仓配就业", "≥60人", "≥30人"],
        ["满意度指标", "服务对象满意度指标", "电商经营户满意度", "≥90%", "≥90%"],
    ]  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(rows, merged=(1, 2))
    return b


@variant("ev16-ecom-department-two-row", (4, 7, 8, 12),
         "department, NAT-2021, two-row header with 实施周期 and 年度 columns, a note row between "
         "tiers, 填表说明, signature dated 2025, cost = task money (correct)")  # fmt: skip
def ev16() -> Book:
    b, s = start()
    goal = ("1.支持村级电商服务站60个稳定运营；2.全年培训电商人才600人次（三年累计1800人次）；"
            "3.开发无花果干、罐装醪糟等网货产品8款。")  # fmt: skip
    tasks = [
        ["村级服务站运营补贴", "补贴60个村级电商服务站运营", wan(90), "服务站稳定运营"],
        ["电商人才培训", "开展农村电商实操培训", wan(40), "培训≥600人次"],
        ["农产品网货开发", "开发包装无花果、醪糟网货", wan(20), "开发网货≥8款"],
        ["金额合计", None, wan(150), None],
    ]  # fmt: skip
    department(s, CENTRE, (260, 230, 30, 110, 150), goal, tasks)
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "实施周期指标值", "年度指标值")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ["产出指标", "数量指标", "电商人才培训", "≥1800人次", "≥600人次"],
        [None, None, "开发网货产品", "≥20款", "≥8款"],
        [None, "质量指标", "服务站月度运营达标率", "≥90%", "≥90%"],
        [None, "时效指标", "年度培训计划完成时间", "每年11月30日前", "2026年11月30日前"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：以下成本、效益、满意度指标按县商务局年度考核办法计分。", width=5)
    s.table([
        ["成本指标", "经济成本指标", "服务站运营补贴标准", "≤1.5万元/个·年", "≤1.5万元/个·年"],
        ["效益指标", "经济效益指标", "农产品网络零售额增长率", "≥15%", "≥15%"],
        [None, "可持续影响指标", "服务站长效运营机制", "建立并执行", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "电商经营户满意度", "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.实施周期为2026—2028年电商三年行动；2.年度指标值为2026年目标。",
          width=5)  # fmt: skip
    signed(s, "韦朝晖", "0779-6225036", day(YEAR - 1, 11, 18))
    return b


@variant("ev17-ecom-wrong-tier2", (7,),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）: a count of sessions under 质量, "
         "a satisfaction rate under 社会效益")  # fmt: skip
def ev17() -> Book:
    b, s = start()
    goal = "在岑湾镇14个行政村建设快递进村服务点，开展电商直播培训12场，快递进村覆盖率达到100%。"
    project(s, "岑湾镇电商物流快递进村项目", "蓼川县岑湾镇人民政府", funds(40, 35, 5), [goal],
            dept=COMMERCE)  # fmt: skip
    count = mk("电商直播培训场次", "F201", "warning", row=True,
               note="场次是数量指标，填在质量指标下")  # fmt: skip
    happy = mk("快递服务对象满意度", "F201", "warning", row=True,
               note="满意度应填在满意度指标下，不是社会效益")  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "快递进村服务点", "≥14个"],
        [None, None, "快递进村覆盖率", "=100%"],
        [None, "质量指标", count, "≥12场"],
        [None, None, "服务点验收合格率", "≥95%"],
        [None, "时效指标", "服务点建成时间", "2026年9月30日前"],
        [None, "成本指标", "服务点建设补助标准", "≤2万元/个"],
        ["效益指标", "经济效益指标", "村民快递收寄成本下降率", "≥20%"],
        [None, "社会效益指标", happy, "≥90%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]  # fmt: skip
    s.row("一级指标", "二级指标", "考核指标", "目标值（年度）")
    s.table(rows, merged=(1, 2))
    return b


@variant("ev18-ecom-parcel-subsidy", (1, 7, 11),
         "project, OLD-NAT, operators in words in a 指标性质 column, header 预期目标, unit column "
         "度量单位, a 下降率 with 大于等于, subsidy × parcels = money (correct)")  # fmt: skip
def ev18() -> Book:
    b, s = start()
    goal = ("对进村快递包裹按件补贴，全年补贴进村包裹60万件，农村快递物流成本下降10%以上，"
            "配送差错率控制在0.5%以内。")  # fmt: skip
    project(s, "蓼川县电商快递进村配送补贴项目", CENTRE, funds(30, 30, 0), [goal], dept=COMMERCE)
    rows = [
        ["产出指标", "数量指标", "补贴进村包裹", "大于等于", 60, "万件"],
        [None, "质量指标", "进村包裹配送差错率", "小于等于", 0.5, "%"],
        [None, "时效指标", "进村包裹平均配送时长", "小于等于", 48, "小时"],
        [None, "成本指标", "单件包裹补贴标准", "小于等于", 0.5, "元/件"],
        ["效益指标", "经济效益指标", "农村快递物流成本下降率", "大于等于", 10, "%"],
        [None, "社会效益指标", "快递服务投诉率", "小于等于", 1, "%"],
        ["满意度指标", "服务对象满意度指标", "收寄快递村民满意度", "大于等于", pct(0.9), "%"],
    ]  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "预期目标", "度量单位")
    s.table(rows, merged=(1, 2))
    notes(s, "注：包裹量以快递企业月报数据为准，补贴按季度结算。")
    signed(s, "韦朝晖", "0779-6225036", day(YEAR, 1, 9))
    return b
