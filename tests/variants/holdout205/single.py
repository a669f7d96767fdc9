"""One-year project tables: inline operators, an 指标解释 column, operator and unit columns, a
direction column, a weight column, instruction and footnote rows (pg01–pg07)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout205.common import ONE, book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout205.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pg01-pass-rate-in-persons", (6,), "one-year project, NAT-2021, inline operators and "
         "an 指标解释 column: a 合格率 written ≥95人, a 拨付时间 written 尽快")  # fmt: skip
def pg01() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 30))
    project_head(
        s, year=2026, name="高素质农民培育项目", dept="临溪县农业农村局（203）",
        unit="临溪县农业技术推广中心",
        money=one_year_money(wan(85), wan(75), wan(10)),
        goals=["2026年培育高素质农民600人，开展田间实训30场，提升参训农民生产经营能力。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "培育高素质农民人数", "≥600人", "以结业名册为准"),
        (None, None, "开展田间实训场次", "≥30场", "在实训基地现场教学"),
        (None, "质量指标", "学员结业考核合格率",
         mk("≥95人", "T105", "error", note="a 合格率 needs a percentage, not a head count"),
         "结业考核合格人数/参训人数"),
        (None, "时效指标", "培训补助资金拨付时间",
         mk("尽快", "T102", "warning", alt=("T116",), note="a 时效 target needs a date or a limit"),
         "培训结束后拨付"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1300元/人", "含教材、食宿、实训费用"),
        ("效益指标", "经济效益指标", "参训农民人均收入增长率", "≥8%", "与上年相比"),
        (None, "社会效益指标", "培育新型经营主体带头人数", "≥120人", "家庭农场主、合作社带头人"),
        (None, "可持续影响指标", "农民培训跟踪服务机制", "建立并执行", "结业后跟踪服务一年"),
        ("满意度指标", "服务对象满意度指标", "参训农民满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("pg02-hours-and-no-accident", (4, 6), "one-year project, NAT-2021, inline operators: "
         "≤48小时, 2026年12月31日前, 0起 on an 事故起数, 良好 for quality; a footnote and a "
         "signature line with a fill date in the year before (correct)")  # fmt: skip
def pg02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村供水工程维修养护项目", dept="白沙河区水利局（307）",
        unit="白沙河区农村供水管理站",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["2026年维修养护农村供水工程45处，维修供水管网120公里，故障报修48小时以内"
               "响应，全年不发生供水安全责任事故。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维修养护农村供水工程数", "≥45处"),
        (None, None, "维修供水管网长度", "≥120公里"),
        (None, "质量指标", "维修工程质量评定", "良好"),
        (None, None, "末梢水水质检测合格率", "≥95%"),
        (None, "时效指标", "故障报修响应时间", "≤48小时"),
        (None, None, "维修工程完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单处工程维修养护费用", "≤2万元/处"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥3.2万人"),
        (None, None, "供水安全责任事故起数", "0起"),
        (None, "可持续影响指标", "农村供水工程管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表金额单位为万元；维修工程清单见附件1。")
    sign(s, "何清扬", "宋佳音", "0596-82213407", filled="2025年11月18日")
    return b


@variant("pg03-persons-as-percent-km-bridges", (6,), "one-year project, OLD-NAT (成本 under "
         "产出), operator, value and unit columns: a 培训人次 given as 95 %, a 桥梁座数 "
         "in 公里")  # fmt: skip
def pg03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 14))
    project_head(
        s, year=2026, name="农村公路安全生命防护工程项目", dept="松岩县交通运输局（512）",
        unit="松岩县农村公路管理所",
        money=one_year_money(wan(360), wan(300), wan(60)),
        goals=["2026年完成农村公路安全生命防护工程85公里，改造危旧桥梁6座，"
               "提升农村公路通行安全水平。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "实施安全生命防护工程里程", "≥", 85, "公里"),
        (None, None, "危旧桥梁改造座数", "≥",
         mk(6, "D104", "warning", row=True, required=False, note="the goal's 6座 against 6公里"),
         mk("公里", "T119", "warning", row=True, alt=("T112", "T116"),
            note="桥梁座数 counted in 公里")),
        (None, None, "养护人员安全培训人次", "≥", 95,
         mk("%", "T120", "warning", row=True, note="a count of 人次 given as a percentage")),
        (None, "质量指标", "工程交工验收合格率", "≥", 98, "%"),
        (None, "时效指标", "工程完工时间", "≤", "2026年11月30日", None),
        (None, "成本指标", "安全防护工程每公里造价", "≤", 3, "万元/公里"),
        (None, None, "危桥改造单座补助", "≤", 15, "万元/座"),
        ("效益指标", "社会效益指标", "农村公路交通事故起数下降率", "≥", 10, "%"),
        (None, "可持续影响指标", "农村公路“路长制”管护机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pg04-frequencies-national-standard", (6, 11), "one-year project, NAT-2021, value, "
         "unit and 指标性质 (正向/反向/定性) columns: 1次/月, 每季度不少于1次, 达到国家标准, "
         "年底前, a cost standard × points equal to the money (correct)")  # fmt: skip
def pg04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 12, 10))
    project_head(
        s, year=2026, name="城乡供水水质监测项目", dept="青岚市水务局（216）",
        unit="青岚市供水水质监测站",
        money=one_year_money(wan(95), wan(95), wan(0)),
        goals=["2026年对全市38个集中式供水水源地开展水质监测，常规指标每月监测1次，"
               "出厂水水质达到国家标准，水质异常事件处置率100%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"), [
        ("产出指标", "数量指标", "水源地水质监测点位数", "≥38", "个", "正向"),
        (None, None, "水源地常规指标监测频次", "1次/月", "次/月", "正向"),
        (None, None, "水源地全分析监测频次", "每季度不少于1次", "次/季度", "正向"),
        (None, "质量指标", "出厂水水质", "达到国家标准", None, "定性"),
        (None, None, "监测数据有效率", "≥98", "%", "正向"),
        (None, "时效指标", "水质异常情况报告时间", "≤2", "小时", "反向"),
        (None, None, "年度监测报告报送时间", "年底前", None, "反向"),
        ("成本指标", "经济成本指标", "单个点位年度监测费用", "≤2.5", "万元/个", "反向"),
        ("效益指标", "社会效益指标", "水质异常事件处置率", pct(1), "%", "正向"),
        (None, "生态效益指标", "水源保护区违法排污问题整改率", "≥95", "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "供水用户满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    return b


@variant("pg05-threshold-typos", (6,), "one-year project, NAT-2021, inline operators: a "
         "合格率 written ≥≤95%, a 使用率 range written backwards 95%-90%")  # fmt: skip
def pg05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="基层医疗机构能力提升项目", dept="鹤汀县卫生健康局（418）",
        unit="鹤汀县基层卫生服务中心",
        money=one_year_money(wan(260), wan(220), wan(40)),
        goals=["2026年为12家乡镇卫生院配置基本诊疗设备，培训基层医务人员300人次，"
               "乡镇卫生院门急诊人次增长5%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "配置诊疗设备乡镇卫生院数", "≥12家"),
        (None, None, "基层医务人员培训人次", "≥300人次"),
        (None, "质量指标", "设备安装验收合格率",
         mk("≥≤95%", "T116", "warning", alt=("T108",), note="two operators typed together")),
        (None, "时效指标", "设备采购安装完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单家卫生院设备配置费用", "≤18万元/家"),
        ("效益指标", "社会效益指标", "乡镇卫生院门急诊人次增长率", "≥5%"),
        (None, None, "乡镇卫生院病床使用率",
         mk("95%-90%", "T116", "warning", note="a range written backwards (90%-95% meant)")),
        (None, "可持续影响指标", "诊疗设备维护保养制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pg06-satisfaction-105-february-30", (4, 6), "one-year project, OLD-NAT, inline "
         "operators, an instruction row above the header and a 填表说明 below: a 满意度 "
         "≥105%, a deadline 2026年2月30日前")  # fmt: skip
def pg06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="冬季困难群众取暖补贴项目", dept="青岚市民政局（135）",
        unit="青岚市社会救助服务中心",
        money=one_year_money(wan(180), wan(180), wan(0)),
        goals=["2026年为1200户城乡困难家庭发放冬季取暖补贴，补贴标准每户1500元，"
               "补贴资金按时足额发放到户。"],
    )  # fmt: skip
    note(s, "（定量指标请填写比较符、数值和计量单位；定性指标填写等级）")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "发放取暖补贴户数", "≥1200户"),
        (None, "质量指标", "补贴对象认定准确率", pct(1)),
        (None, "时效指标", "补贴资金发放完成时间",
         mk("2026年2月30日前", "Y106", "error", alt=("T116",), note="February has no 30th")),
        (None, "成本指标", "户均取暖补贴标准", "≤1500元/户"),
        ("效益指标", "社会效益指标", "困难群众冬季基本生活保障覆盖率", pct(1)),
        (None, "可持续影响指标", "取暖补贴对象动态管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度",
         mk("≥105%", "T106", "error", alt=("T114",), note="a 满意度 cannot pass 100%")),
    ])  # fmt: skip
    note(s, "填表说明：补贴对象为城乡低保、特困供养及低保边缘家庭；金额单位为万元。")
    sign(s, "罗静怡", "潘志远", "0596-83301752")
    return b


@variant("pg07-weights-range-points", (6, 10), "one-year project, NAT-2021, a weight column "
         "adding to 100: a 使用率 range 90%-95%, ≥5个百分点 on a rate rise, ≥3.5分 on a "
         "5-point score, 按时完成 for a 完成时间 (correct)")  # fmt: skip
def pg07() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 18, 10))
    project_head(
        s, year=2026, name="社区居家养老服务项目", dept="临溪县民政局（207）",
        unit="临溪县养老服务指导中心",
        money=one_year_money(wan(150), wan(120), wan(30)),
        goals=["2026年为800名居家老年人提供上门服务，建成社区养老服务站6个，护理型床位"
               "使用率保持在90%-95%，老年人健康管理率提升5个百分点以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "上门服务老年人数", "≥800人", 10),
        (None, None, "建成社区养老服务站数", "≥6个", 10),
        (None, "质量指标", "养老服务质量评估得分（满分5分）", "≥3.5分", 10),
        (None, "时效指标", "服务站建设完成时间", "按时完成", 10),
        ("成本指标", "经济成本指标", "人均上门服务补助标准", "≤1200元/人", 5),
        (None, None, "服务站建设补助标准", "≤8万元/个", 5),
        ("效益指标", "社会效益指标", "护理型床位使用率", "90%-95%", 10),
        (None, None, "老年人健康管理率提升", "≥5个百分点", 15),
        (None, "可持续影响指标", "居家养老服务长效运营机制", "健全", 15),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b
