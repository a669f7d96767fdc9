"""Single project forms (so01–so06): crane testing, dust monitoring, residential quality,
safety standardisation, the wage-guarantee transfer and market inspections."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout291.common import indicators, one_year, start, wan
from tests.variants.holdout291.registry import variant
from tests.variants.kit import Book, mk, pct

OP_UNIT = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("so01-crane-testing", (1, 11), "project, OLD-NAT, operator column (指标性质) and unit "
         "column, typed percent cells, 万元 in the number format, 0起 on an accident count "
         "(correct)")  # fmt: skip
def so01() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="建筑起重机械安全性能检测补助", dept="岑川县住房和城乡建设局 217",
        unit="岑川县建设工程质量安全监督站", money=one_year(86, 80, 6),
        goals=["对全县在用塔式起重机、施工升降机开展安全性能检测不少于420台次，检测报告"
               "5个工作日内出具，全年不发生建筑起重机械较大及以上安全事故。"],
    )  # fmt: skip
    indicators(s, OP_UNIT, [
        ("产出指标", "数量指标", "塔式起重机安全性能检测台次", "≥", 260, "台次"),
        (None, None, "施工升降机安全性能检测台次", "≥", 160, "台次"),
        (None, "质量指标", "检测报告复核合格率", "≥", pct(0.98), "%"),
        (None, None, "检测发现隐患整改复查率", "≥", pct(0.95), "%"),
        (None, "时效指标", "检测报告出具时限", "≤", 5, "个工作日"),
        (None, "成本指标", "单台次检测补助标准", "≤", 0.19, "万元/台次"),
        ("效益指标", "社会效益指标", "建筑起重机械较大及以上安全事故", "=", 0, "起"),
        (None, None, "在用起重机械重复性隐患下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "检测信息纳入监管平台比例", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "施工企业对检测服务满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("so02-dust-monitoring", (11,), "project, NAT-2021, operators inside the values: a cost "
         "cap with =, a 反向 发生率 with ≥, a completion time given as 100%")  # fmt: skip
def so02() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="建筑工地扬尘在线监测及治理", dept="梧塘区住房和城乡建设局 405",
        unit="梧塘区建设工程安全监督站", money=one_year(180, 160, 20),
        goals=["在全区140个在建工地安装扬尘在线监测设备并联网运行，超标预警2小时内处置，"
               "建筑工地PM10平均浓度较上年下降5%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), [
        ("成本指标", "经济成本指标", "扬尘在线监测设备运维单价",
         mk("=0.45万元/台·年", "T108", "warning", row=True,
            note="a cost cap written with =: it should be ≤"), "计划标准"),
        ("产出指标", "数量指标", "扬尘在线监测设备安装数量", "≥140台", "计划标准"),
        (None, None, "建筑工地扬尘专项检查次数", "≥24次", "历史标准"),
        (None, "质量指标", "在线监测数据有效传输率", "≥95%", "行业标准"),
        (None, "时效指标", "超标预警处置响应时间", "≤2小时", "计划标准"),
        (None, None, "工地裸土覆盖完成时间",
         mk("100%", "T113", "warning", note="a deadline given as a percentage"), "计划标准"),
        ("效益指标", "生态效益指标", "建筑工地PM10平均浓度下降率", "≥5%", "历史标准"),
        (None, None, "在建工地扬尘超标发生率",
         mk("≥3%", "T108", "warning", row=True,
            note="发生率 is 反向: the target needs ≤, not ≥"), "历史标准"),
        (None, "社会效益指标", "重点区域施工扬尘污染事件", "0起", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", "行业标准"),
    ])  # fmt: skip
    return b


@variant("so03-quality-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（50分）, （一）数量指标, 1.), an indicator score column adding to 100, "
         "a rate raised in 百分点, a 合计 row (correct)")  # fmt: skip
def so03() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="住宅工程质量常见问题专项治理", dept="澄岭市住房和城乡建设局 118",
        unit="澄岭市建设工程质量监督站", money=one_year(124, 110, 14),
        goals=["监督抽查住宅工程不少于150个，分户验收抽测不少于3000户，住宅工程一次验收"
               "合格率不低于96%，质量投诉件数较上年下降。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标值设定依据")
    indicators(s, header, [
        ("一、产出指标（50分）", "（一）数量指标", "1.住宅工程监督抽查项目数", "≥150个", 10,
         "计划标准"),
        (None, None, "2.分户验收实体质量抽测户数", "≥3000户", 10, "计划标准"),
        (None, "（二）质量指标", "3.监督抽测结果复核准确率", "≥98%", 10, "行业标准"),
        (None, None, "4.住宅工程一次验收合格率", "≥96%", 10, "历史标准"),
        (None, "（三）时效指标", "5.质量投诉现场核查时限", "≤3个工作日", 10, "计划标准"),
        ("二、成本指标（10分）", "（一）经济成本指标", "6.单个项目监督抽测成本",
         "≤0.35万元/个", 10, "历史标准"),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.住宅工程质量投诉件数下降率", "≥8%",
         10, "历史标准"),
        (None, None, "8.常见问题治理达标率较上年提高", "≥3百分点", 10, "历史标准"),
        (None, "（二）可持续影响指标", "9.质量常见问题防治导则执行覆盖率", "≥90%", 10,
         "计划标准"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.住宅购房户质量满意度", "≥88%",
         10, "行业标准"),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, None)
    return b


@variant("so04-safety-points", (10,), "project, NAT-2021, tier-1 score column beside the "
         "indicator scores: two tiers not matching their indicators, "
         "a rate as a count")  # fmt: skip
def so04() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="建筑施工安全生产标准化考评", dept="禾坪区住房和城乡建设局 306",
        unit="禾坪区建设工程安全监督站", money=one_year(96, 90, 6),
        goals=["完成在建项目安全生产标准化考评不少于85个，危大工程专项检查不少于36次，"
               "全年不发生较大及以上建筑施工安全事故。"],
    )  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, [
        ("产出指标", mk(50, "W103", "error", note="10+10+10+10 = 40 under 产出"),
         "数量指标", "施工安全标准化考评项目数", "≥85个", 10),
        (None, None, None, "危大工程专项检查次数", "≥36次", 10),
        (None, None, "质量指标", "安全隐患整改率",
         mk("320项", "T105", "error", note="a rate given as a count"), 10),
        (None, None, "时效指标", "考评结果公示时限", "≤10个工作日", 10),
        ("成本指标", mk(10, "W103", "error", note="10+10 = 20 under 成本"),
         "经济成本指标", "单个项目考评成本", "≤0.4万元/个", 10),
        (None, None, None, "标准化考评专家劳务费", "≤18万元", 10),
        ("效益指标", 30, "社会效益指标", "建筑施工安全事故起数下降率", "≥10%", 10),
        (None, None, None, "较大及以上建筑施工安全事故", "0起", 10),
        (None, None, "可持续影响指标", "考评结果运用于信用评价比例", "≥90%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参评企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("so05-wage-transfer-labels", (5, 7), "transfer-payment 区域绩效目标表, OLD-NAT, "
         "中央补助 + 地方资金, labels with * and abbreviations (产出, 数量), ★ core indicators, "
         "header 绩效目标值 (correct)")  # fmt: skip
def so05() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="农民工工资支付保障专项资金", dept="桧屿县人力资源和社会保障局 522",
        unit="桧屿县劳动保障监察大队", attr="一次性项目", money_label="资金情况（万元）",
        title="2025年度农民工工资支付保障专项资金区域绩效目标表",
        money=[("资金总额", wan(420), "其中：中央补助", wan(260)),
               ("地方资金", wan(160), None, None)],
        goals=["在建工程项目全面落实农民工工资专用账户和实名制管理，欠薪线索及时核查处置，"
               "拖欠农民工工资案件数较上年下降10%以上。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "绩效目标值", "备注")
    indicators(s, header, [
        ("*产出指标", "数量", "★农民工工资专用账户开设项目数", "≥310个", "核心指标"),
        (None, None, "欠薪线索核查处置件数", "≥180件", None),
        (None, "质量", "★在建项目农民工实名制管理覆盖率", "≥95%", "核心指标"),
        (None, None, "欠薪案件结案率", "≥96%", None),
        (None, "时效", "欠薪投诉受理办结时限", "≤15个工作日", None),
        (None, "成本", "应急周转金年度动用额度", "≤120万元", None),
        ("*效益指标", "社会效益", "★拖欠农民工工资案件数下降率", "≥10%", "核心指标"),
        (None, None, "因欠薪引发的群体性事件", "0起", None),
        (None, "可持续影响", "工资支付监控预警平台接入项目比例", "≥90%", None),
        ("满意度指标", "服务对象满意度", "农民工对欠薪处置满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("so06-market-template", (5, 6, 13), "project, NAT-2021, numbered labels, header "
         "预期目标: a tier-2 under the wrong tier-1, a template tier-2 left empty, a value "
         "without a name")  # fmt: skip
def so06() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="建筑市场“双随机”执法检查", dept="沅汀市住房和城乡建设局 209",
        unit="沅汀市建筑市场监管服务中心", money=one_year(68, 60, 8),
        goals=["核查建筑企业资质不少于240家，“双随机”抽查在建项目不少于120个，违法违规"
               "行为查处到位，检查结果7个工作日内公开。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("一、产出指标", "（一）数量指标", "1.建筑企业资质动态核查家数", "≥240家"),
        (None, None, "2.“双随机”抽查在建项目数", "≥120个"),
        (None, "（二）质量指标", "3.违法违规行为查处到位率", "≥95%"),
        (None, None, mk(None, "F110", "error",
                        note="a value without an indicator name"), "≥98%"),
        ("二、成本指标", "（一）经济成本指标", "4.单个项目执法检查成本", "≤0.25万元/个"),
        ("三、效益指标", mk("（一）时效指标", "F105", "error",
                           note="时效指标 belongs to 产出指标"),
         "5.检查结果公开时限", "≤7个工作日"),
        (None, "（二）社会效益指标", "6.建筑市场违法分包转包案件下降率", "≥5%"),
        (None, mk("（三）经济效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        (None, "（四）可持续影响指标", "7.信用评价结果应用率", "≥90%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "8.受检企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
