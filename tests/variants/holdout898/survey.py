"""Soil pollution surveys (土壤污染状况调查): khx01–khx06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout898.common import (
    HEAD,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout898.common import start as new
from tests.variants.holdout898.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("khx01-detail-survey-percent", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, money in the number "
         "format, goal count with its parts in brackets (correct)")  # fmt: skip
def detail_survey_percent() -> Book:
    b, s = new()
    goal = ("完成樾湖乡、沄溪镇农用地土壤污染状况详查，布设采样点位320个（其中农用地200个、"
            "建设用地周边120个），检测样品960份，形成详查报告1份，"
            "为2027年全县推广分类管理积累数据。")  # fmt: skip
    project_head(s, year=2026, name="樾湖乡、沄溪镇农用地土壤污染状况详查",
                 dept="柘原县生态环境局（318）", unit="柘原县土壤环境监测站",
                 money=one_year(186, 170, 16), goals=[goal])  # fmt: skip
    indicators(s, (*HEAD[:3], "运算符", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "单个样品检测费用", "≤", 1200, "元/份"),
        ("产出指标", "数量指标", "农用地采样点位数", "≥", 200, "个"),
        (None, None, "建设用地周边采样点位数", "≥", 120, "个"),
        (None, None, "检测样品数", "≥", 960, "份"),
        (None, "质量指标", "样品检测数据合格率", "≥", pct(0.98), "%"),
        (None, None, "平行样抽取比例", "≥", pct(0.1), "%"),
        (None, "时效指标", "详查报告提交时间", "≤", day(2026, 11, 30, CN_DATE), None),
        ("效益指标", "生态效益指标", "受污染耕地安全利用率", "≥", pct(0.93), "%"),
        (None, "可持续影响指标", "农用地土壤环境质量数据库", "定性", "持续更新", None),
        ("满意度指标", "服务对象满意度指标", "农户对调查工作满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "葛予川", "0571-6823 4406", (2025, 12, 9))
    return b


@variant("khx02-enterprise-survey-goal", (5, 7),
         "project, NAT-2021, numbered tier labels, headers 指标内容 and 绩效目标值: goal against "
         "indicators, a deadline in the next year, a quality rate under 时效")  # fmt: skip
def enterprise_survey_goal() -> Book:
    b, s = new()
    goal = ("完成鹭汀区12个重点行业企业用地土壤污染状况初步调查，布设土壤采样点位240个，"
            "2026年10月31日前提交调查报告并通过专家评审。")  # fmt: skip
    project_head(s, year=2026, name="鹭汀区重点行业企业用地土壤污染状况初步调查",
                 dept="鹭汀区生态环境分局（205）", unit="鹭汀区环境监测站",
                 money=one_year(260, 240, 20), goals=[goal])  # fmt: skip
    count = mk("≥10个", "D104", "warning", row=True,
               note="年度目标写完成12个企业地块初步调查，指标只要10个")  # fmt: skip
    misplaced = mk("实验室检测数据质控合格率", "F201", "warning", row=True,
                   note="质控合格率是质量指标，填在时效指标下")  # fmt: skip
    late = mk("2027年3月31日前", "Y102", "error", row=True, alt=("D104",),
              note="一年期2026年项目的期限落在2027年，年度目标还写2026年10月31日前")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效目标值"), [
        ("一、产出指标", "（一）数量指标", "重点行业企业地块初步调查数", count),
        (None, None, "土壤采样点位数", "≥240个"),
        (None, "（二）质量指标", "调查报告专家评审通过率", "≥95%"),
        (None, "（三）时效指标", misplaced, "≥95%"),
        (None, None, "调查报告提交时间", late),
        ("二、成本指标", "（一）经济成本指标", "单个企业地块调查费用", "≤20万元/个"),
        ("三、效益指标", "（一）生态效益指标", "疑似污染地块识别准确率", "≥90%"),
        (None, "（二）可持续影响指标", "企业用地调查数据库", "持续更新"),
        ("四、满意度指标", "（一）服务对象满意度指标", "被调查企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khx03-farmland-three-year", (5, 8, 10),
         "three-year project, NAT-2021, 中期 and 年度 columns, tier-1 labels with points, a fall "
         "in 百分点, unit cost × count equal to both money totals (correct)")  # fmt: skip
def farmland_three_year() -> Book:
    b, s = new()
    period = ("2026—2028年完成桦岭市农用地土壤环境质量类别划分复核，累计布设复核点位900个、"
              "检测样品2700份，受污染耕地安全利用率稳定在93%以上。")  # fmt: skip
    annual = "2026年完成北部4个乡镇复核，布设点位300个、检测样品900份，更新类别划分清单。"
    project_head(s, year=2026, years=3, name="桦岭市农用地土壤环境质量类别划分复核",
                 dept="桦岭市生态环境局（402）", unit="桦岭市土壤与农业农村生态环境监测站",
                 money=multi_year((1350, 1260, 90), (450, 420, 30)), goals=[period, annual],
                 attr="新增项目")  # fmt: skip
    indicators(s, (*HEAD[:3], "指标值（中期）", "指标值（年度）"), [
        ("产出指标（50分）", "数量指标", "复核点位布设数", "≥900个", "≥300个"),
        (None, None, "检测样品数", "≥2700份", "≥900份"),
        (None, "质量指标", "检测数据有效率", "≥95%", "≥95%"),
        (None, "时效指标", "复核任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标（10分）", "经济成本指标", "单个点位复核成本", "≤1.5万元/个", "≤1.5万元/个"),
        ("效益指标（30分）", "生态效益指标", "受污染耕地安全利用率", "≥93%", "≥93%"),
        (None, None, "耕地土壤镉超标点位占比下降", "≥3百分点", "≥1百分点"),
        (None, "可持续影响指标", "类别划分清单动态更新机制", "建立并执行", "建立并执行"),
        ("满意度指标（10分）", "服务对象满意度指标", "乡镇农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khx04-profile-two-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
         "annual count above the period's")  # fmt: skip
def profile_two_year_copied() -> Book:
    b, s = new()
    goal = ("2026—2027年在柘原县东部丘陵区完成土壤剖面调查，采集剖面样品150个，"
            "建立重金属垂向分布档案，为分类管控提供依据。")  # fmt: skip
    copied = mk(goal, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=2026, years=2, name="柘原县东部丘陵区土壤剖面调查",
                 dept="柘原县生态环境局（318）", unit="柘原县土壤环境监测站",
                 money=multi_year((320, 300, 20), (170, 160, 10)), goals=[goal, copied],
                 attr="新增项目")  # fmt: skip
    above = mk("≥180个", "D201", "error", note="年度180个大于两年合计的150个（中期目标也写150个）")
    indicators(s, (*HEAD[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "土壤剖面样品采集数", "≥150个", above),
        (None, None, "剖面调查点位数", "≥30个", "≥16个"),
        (None, "质量指标", "剖面样品检测合格率", "≥95%", "≥95%"),
        (None, "时效指标", "剖面调查报告提交时间", "2027年11月30日前", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "单个剖面调查费用", "≤10万元/个", "≤10万元/个"),
        ("效益指标", "生态效益指标", "剖面调查数据入库率", "=100%", "=100%"),
        (None, "可持续影响指标", "剖面样品库保存年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "属地乡镇满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khx05-parcel-survey-notes", (4, 7),
         "project, OLD-NAT, value and 备注 columns: a 注 row inside the table, the header "
         "repeated after a page break, 填表说明 and a signature dated the year "
         "before (correct)")  # fmt: skip
def parcel_survey_notes() -> Book:
    b, s = new()
    goal = ("对鹭汀区拟收回、转让或变更为住宅、公共管理与公共服务用地的18个地块开展土壤污染状况调查"
            "（第一阶段18个，预计其中6个进入第二阶段采样），调查报告全部通过评审。")  # fmt: skip
    project_head(s, year=2026, name="鹭汀区拟变更用途地块土壤污染状况调查",
                 dept="鹭汀区自然资源分局（207）", unit="鹭汀区土地储备中心",
                 money=one_year(96, 90, 6), goals=[goal])  # fmt: skip
    head = (*HEAD, "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "第一阶段调查地块数", "≥18个", "资料收集与现场踏勘"),
        (None, None, "第二阶段采样调查地块数", "≥6个", "按第一阶段结论确定"),
        (None, "质量指标", "调查报告评审通过率", "=100%"),
        (None, None, "采样作业安全事故", "=0起"),
    ])  # fmt: skip
    notes(s, "注：第二阶段地块数为预计数，以第一阶段调查结论为准。", width=5)
    s.skip()
    indicators(s, head, [
        ("产出指标", "时效指标", "调查报告提交时间", "2026年11月30日前"),
        (None, "成本指标", "单个地块第一阶段调查费用", "≤4万元/个", "含踏勘、人员访谈"),
        (None, None, "单个地块第二阶段采样调查费用", "≤3.5万元/个"),
        ("效益指标", "社会效益指标", "变更用途地块准入管理覆盖率", "=100%"),
        (None, "可持续影响指标", "建设用地土壤环境管理台账", "持续更新"),
        ("满意度指标", "服务对象满意度指标", "土地使用权人满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.金额单位为万元；2.成本指标按第一、二阶段分列，合计不超过年度资金。",
          width=5)  # fmt: skip
    sign(s, "钱沐阳", "0574-8729 1135", (2025, 12, 8))
    return b


@variant("khx06-stacked-wells", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second's money does "
         "not add up and one indicator is repeated with a word more")  # fmt: skip
def stacked_wells() -> Book:
    b, s = new()
    project_head(s, year=2026, name="柘原县土壤污染重点监管单位周边监测",
                 dept="柘原县生态环境局（318）", unit="柘原县土壤环境监测站",
                 money=one_year(64, 60, 4), goals=[
                     "对全县21家土壤污染重点监管单位周边土壤和地下水开展监测，"
                     "布设土壤点位84个、采集地下水样品21个。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "周边土壤监测点位数", "≥84个"),
        (None, None, "地下水样品采集数", "≥21个"),
        (None, "质量指标", "样品检测合格率", "≥95%"),
        (None, "时效指标", "监测报告报送时间", "2026年12月20日前"),
        (None, "成本指标", "单个点位监测费用", "≤0.6万元/个"),
        ("效益指标", "生态效益指标", "重点监管单位隐患排查覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "重点监管单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(85), "B101", "error", row=True, note="财政拨款60 + 其他资金20 = 80，不是85")
    project_head(s, year=2026, title="", name="樾湖化工园区地下水监测井建设与土壤加密调查",
                 dept="柘原县生态环境局（318）", unit="樾湖化工园区管委会",
                 money=one_year(total, 60, 20), goals=[
                     "在樾湖化工园区建设地下水监测井8口，"
                     "完成园区土壤加密调查点位40个。"])  # fmt: skip
    again = mk("地下水监测井建设数量", "D101", "warning", row=True, alt=("D103",),
               note="与同一项目第1条“地下水监测井建设数”重复，只多一个字")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "地下水监测井建设数", "≥8口"),
        (None, None, "土壤加密调查点位数", "≥40个"),
        (None, None, again, "≥8口"),
        (None, "质量指标", "样品检测合格率", "≥98%"),
        (None, "时效指标", "监测井完工时间", "2026年9月30日前"),
        (None, "成本指标", "单口监测井建设费用", "≤6万元/口"),
        ("效益指标", "生态效益指标", "园区地下水污染预警能力", "显著提升"),
        ("满意度指标", "服务对象满意度指标", "园区企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
