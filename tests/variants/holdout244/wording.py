"""Returns whose indicator header uses the words offices use (评价标准, 目标值（年度）, 绩效目标值,
预期目标), sometimes over two rows, with notes and 填表说明 rows inside the table (qt07–qt12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout244.common import (
    book,
    head2,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout244.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qt07-department-evaluation-standard", (4, 7, 12), "department table, values under "
         "评价标准, an 指标解释 column, a 注 row between the tier blocks "
         "(correct)")  # fmt: skip
def qt07() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="清河县水利局",
        budget=[(wan(1860), wan(1700), wan(160), wan(1240), wan(620))],
        tasks=[
            ("城乡供水水质监测", "对全县42处集中供水工程开展水质检测", wan(180),
             "水质检测样本不少于1200份"),
            ("河湖巡查保洁", "主要河道巡查保洁180公里", wan(260), "河湖水面保持清洁"),
            ("水土保持综合治理", "新增治理水土流失面积12平方公里", wan(180), "水土流失得到控制"),
            ("金额合计", None, wan(620), None),
        ],
        goal="2026年保障城乡供水水质安全，落实河湖长制，新增水土流失治理面积12平方公里。",
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "评价标准", "指标解释")
    indicators(s, header, [
        ("产出指标", "数量指标", "水质检测样本数", "≥1200份", "全年累计"),
        (None, None, "河道巡查保洁长度", "≥180公里", None),
        (None, None, "新增水土流失治理面积", "≥12平方公里", None),
        (None, "质量指标", "集中供水工程水质达标率", "≥95%", "按生活饮用水卫生标准"),
        (None, "时效指标", "水质检测报告出具时间", "≤10个工作日", "自采样之日起"),
        ("成本指标", "经济成本指标", "单份水样检测成本", "≤1200元/份", None),
    ])  # fmt: skip
    note(s, "注：以下效益、满意度指标按年度考核，数据来源为第三方抽样调查。", 5)
    s.table([
        ("效益指标", "生态效益指标", "地下水超采量下降率", "≥5%", "较上年"),
        (None, "社会效益指标", "涉水群众投诉办结率", "=100%", None),
        (None, "可持续影响指标", "河湖长制巡查机制", "有效运行", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：本表指标值均为年度目标。", 5)
    sign(s, "冯若溪", "钟启明", "0315-2268047")
    return b


@variant("qt08-annual-target-header", (4, 7), "project table headed 目标值（年度）, "
         "a 填表说明 row under the header: 经济效益指标 under 产出指标, a 结业率 "
         "given as a head count")  # fmt: skip
def qt08() -> Book:
    b, s = book("绩效目标")
    project_head(
        s, year=2026, name="农村电商公共服务体系建设项目", dept="柏林县商务局（327）",
        unit="柏林县电子商务服务中心", money=one_year_money(wan(150), wan(120), wan(30)),
        goals=["2026年建设村级电商服务站点60个，培训电商人才800人次，带动农产品网络销售。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "目标值（年度）", "备注")
    note(s, "填表说明：目标值须含比较符和计量单位；定性指标填写“好/较好/一般”。", 5)
    s.table([
        ("产出指标", "数量指标", "建设村级电商服务站点", "≥60个", None),
        (None, None, "开展电商技能培训", "≥800人次", None),
        (None, mk("经济效益指标", "F105", "error", row=True), "带动农产品网络销售额",
         "≥3000万元", None),
        (None, "质量指标", "电商培训结业率", mk("≥700人", "T105", "error"), None),
        (None, "时效指标", "站点建设完成时间", "2026年8月31日前", None),
        ("成本指标", "经济成本指标", "单个站点建设补助", "≤1.5万元/个", None),
        ("效益指标", "社会效益指标", "带动农村就业人数", "≥300人", None),
        (None, "可持续影响指标", "县级电商公共服务中心运营", "持续运营", None),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "姚书涵", "董振川", "0476-3359128")
    return b


@variant("qt09-goal-value-group-head", (1, 7), "header over two rows, 绩效指标 and "
         "绩效目标值 above 指标性质 (≥, 大于等于) │ 指标值 │ 计量单位; typed "
         "percentages (correct)")  # fmt: skip
def qt09() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 12, 14, 12))
    project_head(
        s, year=2026, name="城区生活垃圾分类收运项目", dept="江陵市城市管理局（418）",
        unit="江陵市环境卫生管理处", money=one_year_money(wan(380), wan(350), wan(30)),
        goals=["2026年分类收运城区生活垃圾1.2万吨，居民小区分类覆盖率达到98%，生活垃圾回收"
               "利用率不低于35%。"],
    )  # fmt: skip
    head2(s, ("绩效指标", None, None, "绩效目标值", None, None),
          ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "生活垃圾分类收运量", "≥", 12000, "吨"),
        (None, None, "配置分类收集容器", "≥", 3200, "组"),
        (None, "质量指标", "收运车辆密闭化率", "=", pct(1), "%"),
        (None, None, "居民小区分类覆盖率", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "生活垃圾日产日清率", "≥", pct(0.99), "%"),
        ("成本指标", "经济成本指标", "垃圾分类收运单位成本", "≤", 180, "元/吨"),
        ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥", pct(0.35), "%"),
        (None, "社会效益指标", "分类知识宣传覆盖户数", "≥", 5.6, "万户"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "康乐言", "方景行", "0716-8412057")
    return b


@variant("qt10-expected-target-note", (4, 7), "values under 预期目标 with a 计量单位 "
         "column, the template's 说明 row left between tier blocks: a placeholder, "
         "a 万元 against 户")  # fmt: skip
def qt10() -> Book:
    b, s = book("项目绩效目标表")
    project_head(
        s, year=2026, name="就业创业扶持项目", dept="南溪区人力资源和社会保障局（233）",
        unit="南溪区公共就业服务中心", money=one_year_money(wan(420), wan(400), wan(20)),
        goals=["2026年开展职业技能培训2400人次，扶持创业带动就业，培训后就业率达到70%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标", "计量单位", "备注"), [
        ("产出指标", "数量指标", "开展职业技能培训", "≥2400", "人次", None),
        (None, None, "举办专场招聘会", mk("≥XX", "X101", "error"), "场", None),
        (None, None, "发放创业担保贷款", mk("≥3000万元", "T112", "error"), "户", None),
        (None, "质量指标", "培训合格率", "≥90", "%", None),
        (None, "时效指标", "培训补贴拨付时间", "≤30", "个工作日", "审核通过后"),
    ])  # fmt: skip
    note(s, "说明：请各单位结合实际填写，不适用的指标可删除。")
    s.table([
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1200", "元/人次", None),
        ("效益指标", "社会效益指标", "培训后就业率", "≥70", "%", None),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90", "%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "石嘉禾", "祁文远", "0817-2256093")
    return b


@variant("qt11-expected-target-two-rows", (4, 7, 8), "multi-year project, 预期目标 over "
         "中期目标 │ 年度目标, a 填表说明 row closing the table, a 填报日期 in the "
         "year before (correct)")  # fmt: skip
def qt11() -> Book:
    b, s = book("智慧校园")
    project_head(
        s, year=2026, years=2, name="中小学智慧校园建设项目", dept="桐溪县教育局（145）",
        unit="桐溪县教育技术装备中心", attr="新增项目",
        money=period_money((wan(1200), wan(1100), wan(100)), (wan(700), wan(650), wan(50))),
        goals=["2026—2027年完成全县58所中小学智慧校园改造，建成县级教育资源公共服务平台。",
               "2026年完成30所中小学智慧校园改造，县级教育资源公共服务平台上线试运行。"],
    )  # fmt: skip
    head2(s, ("一级指标", "二级指标", "三级指标", "预期目标", None, "备注"),
          (None, None, None, "中期目标", "年度目标", None))  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "完成智慧校园改造学校", "≥58所", "≥30所", None),
        (None, None, "配备交互式智能黑板", "≥1160块", "≥600块", "每校约20块"),
        (None, "质量指标", "设备安装验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "年度改造任务完成时间", "2027年8月31日前", "2026年8月31日前",
         "暑期施工"),
        ("成本指标", "经济成本指标", "单块智能黑板采购成本", "≤0.9万元/块", "≤0.9万元/块",
         None),
        ("效益指标", "社会效益指标", "受益师生人数", "≥4.5万人", "≥2.4万人", None),
        (None, "可持续影响指标", "设备免费运维服务期", "≥3年", "≥3年", "合同约定"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.中期目标为项目实施期累计目标；2.年度目标为2026年度目标。")
    sign(s, "尹思源", "白鹤年", "0874-3120586", filled="2025年11月18日")
    return b


@variant("qt12-evaluation-standard-points", (4, 7, 10), "values under 评价标准 with a 分值 "
         "column and a 合计 row claiming 100: the points add to 95, an indicator "
         "repeated")  # fmt: skip
def qt12() -> Book:
    b, s = book("绩效目标表", (14, 16, 28, 18, 10))
    project_head(
        s, year=2026, name="森林防火能力提升项目", dept="云岭县林业局（520）",
        unit="云岭县森林防火指挥中心", money=one_year_money(wan(210), wan(200), wan(10)),
        goals=["2026年建设森林防火检查站6个，开展防火巡护1500人次，配置扑火机具300台套，"
               "全年一般森林火灾不超过3起。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "评价标准", "分值"), [
        ("产出指标", "数量指标", "建设森林防火检查站", "≥6个", 10),
        (None, None, "开展森林防火巡护", "≥1500人次", 10),
        (None, None, "配置扑火机具", "≥300台套", 10),
        (None, None, mk("开展森林防火巡护", "D101", "warning", row=True), "≥1500人次", 5),
        (None, "质量指标", "扑火机具验收合格率", "=100%", 10),
        (None, "时效指标", "检查站建成时间", "2026年3月31日前", 5),
        ("成本指标", "经济成本指标", "单个检查站建设成本", "≤18万元/个", 10),
        ("效益指标", "社会效益指标", "一般森林火灾发生起数", "≤3起", 15),
        (None, "可持续影响指标", "森林防火网格化管护机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    b.file_mark("W101", "error", note="10+10+10+5+10+5+10+15+10+10 = 95, the 合计 says 100")
    sign(s, "莫青山", "袁知微", "0878-6654013")
    return b
