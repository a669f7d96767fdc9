"""Returns nm13–nm18: department tables with a 封面 and a repeated header, a multi-year
project with a 2026年目标值 column, stacked projects with 序号 and unit columns, weights in a
department table."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout159.common import (
    YEAR,
    cover,
    multi_year,
    numbered,
    one_year,
    rows_out,
    sign_lines,
)
from tests.variants.holdout159.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

P, B, C, S = "产出指标", "效益指标", "成本指标", "满意度指标"


@variant("nm13-department-cover-page-break", (4, 5),
         "department, NAT-2021, a 封面 sheet, tier-1 on every row, an empty spacer row and the "
         "header repeated after a page break, a =0起 count, 备注; correct")  # fmt: skip
def nm13() -> Book:
    b = Book()
    cover(b, kind="部门整体支出绩效目标申报表", unit="麓川县市场监督管理局",
          dept="麓川县市场监督管理局", filed=(YEAR - 1, 11, 28))  # fmt: skip
    s = b.sheet("部门整体绩效目标", widths=(12, 16, 30, 18, 14, 10))
    department_head(s, year=YEAR, dept="麓川县市场监督管理局",
                    budget=[(2150, 2030, 120, 1700, 450)],
                    tasks=[("食品安全监督抽检", "对生产、流通、餐饮环节食品抽样检验", 200,
                            "完成监督抽检1800批次"),
                           ("特种设备安全监察", "电梯、锅炉、压力容器监督检验", 150,
                            "完成监督检验2500台次"),
                           ("消费维权", "受理消费投诉举报，调解纠纷", 100,
                            "为消费者挽回经济损失120万元以上"),
                           ("金额合计", None, 450, None)],
                    goal="1.守住食品安全底线；\n2.加强特种设备安全监察；\n"
                         "3.及时处理消费投诉，维护消费者权益。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.row(*head)
    rows_out(s, [
        (P, "数量指标", "食品安全监督抽检批次", "≥1800批次", "按季度统计"),
        (P, "数量指标", "特种设备监督检验台次", "≥2500台次", None),
        (P, "质量指标", "抽检不合格食品核查处置率", pct(1), None),
        (P, "时效指标", "消费投诉受理时限", "≤7个工作日", None),
        (),
        (C, "经济成本指标", "每批次食品抽检平均费用", "≤0.11万元", None),
        head,
        (B, "社会效益指标", "辖区重大食品安全事故", "=0起", "参考上年"),
        (B, "经济效益指标", "为消费者挽回经济损失", "≥120万元", None),
        (B, "可持续影响指标", "特种设备安全监管机制", "健全", None),
        (S, "服务对象满意度指标", "消费者投诉处理满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("nm14-multi-year-words-range", (1, 8),
         "three-year project, NAT-2021, 实施期目标值 and 2026年目标值 columns, operators in "
         "words (不少于, 不低于, 不超过), a range 95%-98%, 备注; correct")  # fmt: skip
def nm14() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 16, 28, 20, 20, 14))
    project_head(s, year=YEAR, years=3, name="智慧教育资源平台建设", dept="青禾县教育局（415）",
                 unit="青禾县教育信息中心", attr="新增项目",
                 money=multi_year((600, 540, 60), (240, 216, 24)),
                 goals=["1.至2028年接入中小学校45所，录制精品课例900节；\n"
                        "2.平台服务师生6万人。",
                        "1.2026年接入中小学校20所，录制精品课例300节；\n"
                        "2.平台服务师生2.5万人。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施期目标值", "2026年目标值", "备注")
    s.table([
        ("产出指标", "数量指标", "接入平台的中小学校", "不少于45所", "不少于20所", None),
        (None, None, "录制精品课例", "不少于900节", "不少于300节", "按季度统计"),
        (None, "质量指标", "课例资源审核通过率", "95%-98%", "95%-98%", "参考上年"),
        (None, "时效指标", "平台故障修复时限", "不超过4小时", "不超过4小时", None),
        ("成本指标", "经济成本指标", "单节精品课例录制成本", "不超过0.2万元/节",
         "不超过0.2万元/节", None),
        ("效益指标", "社会效益指标", "平台服务师生人数", "不少于6万人", "不少于2.5万人", None),
        (None, "可持续影响指标", "平台持续运维年限", "不少于5年", "不少于5年", None),
        ("满意度指标", "服务对象满意度指标", "师生使用满意度", "不低于90%", "不低于90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign_lines(s, "何嘉明", "0731-5509813")
    return b


@variant("nm15-cover-year-and-permille", (4, 11),
         "department, NAT-2021, a 封面 sheet for 2026, a 比较符 column in words and a unit "
         "column: the table titled 2025年度 under a 2026年目标值 header, an accident rate in ‰ "
         "with 大于等于; 2 planted mistakes")  # fmt: skip
def nm15() -> Book:
    b = Book()
    cover(b, kind="部门整体支出绩效目标申报表", unit="青禾县水利局", dept="青禾县水利局",
          filed=(YEAR - 1, 11, 20))  # fmt: skip
    s = b.sheet("绩效目标", widths=(12, 16, 28, 12, 14, 10, 12))
    department_head(s, year=YEAR, dept="青禾县水利局", title="2025年度部门整体支出绩效目标申报表",
                    filled=day(YEAR - 1, 11, 20), budget=[(1480, 1400, 80, 1030, 450)],
                    tasks=[("小型水库除险加固", "小型水库坝体、溢洪道加固", 260,
                            "完成8座小型水库除险加固"),
                           ("河湖巡查管护", "河湖日常巡查、问题整改", 110,
                            "巡查1200人次"),
                           ("水土保持治理", "坡耕地、侵蚀沟综合治理", 80,
                            "新增治理面积12平方公里"),
                           ("金额合计", None, 450, None)],
                    goal="1.消除小型水库安全隐患；\n2.落实河湖长制巡查管护；\n"
                         "3.推进水土流失综合治理。")  # fmt: skip
    b.file_mark("Y101", "error", note="the table is titled 2025年度, the 封面 and the value "
                "header say 2026")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "2026年目标值", "计量单位", "备注")
    s.table([
        ("产出指标", "数量指标", "除险加固小型水库", "大于等于", 8, "座", None),
        (None, None, "河湖巡查", "大于等于", 1200, "人次", "按季度统计"),
        (None, "质量指标", "加固工程验收合格率", "等于", 100, "%", None),
        (None, "时效指标", "汛前完工水库比例", "大于等于", 90, "%", None),
        ("成本指标", "经济成本指标", "单座水库加固平均成本", "小于等于", 32, "万元", None),
        ("效益指标", "社会效益指标", "水利工程安全事故发生率",
         mk("大于等于", "T108", "warning", row=True,
            note="an accident rate is 反向: 大于等于 should be 小于等于"), 3, "‰", None),
        (None, "生态效益指标", "新增水土流失治理面积", "大于等于", 12, "平方公里", None),
        (None, "可持续影响指标", "水库管护制度落实", "定性", "到位", None, None),
        ("满意度指标", "服务对象满意度指标", "库区群众满意度", "大于等于", 90, "%", "参考上年"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("nm16-stacked-seq-notes", (2, 5),
         "two projects stacked in one sheet, OLD-NAT, each with a 序号 column and tier-1 on "
         "every row, 备注, a =0起 outbreak count; correct")  # fmt: skip
def nm16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(8, 12, 14, 28, 18, 14))
    head = ("序号", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    project_head(
        s,
        year=YEAR,
        name="农业技术推广培训",
        dept="汀兰镇人民政府（503）",
        unit="汀兰镇农业综合服务站",
        money=one_year(40, 40, 0),
        goals=["开展农技培训20期，培训农民1200人次，\n带动800户农户应用新技术。"],
    )
    s.row(*head)
    rows_out(s, numbered([
        (P, "数量指标", "开展农技培训期数", "≥20期", None),
        (P, "数量指标", "培训农民人次", "≥1200人次", "按季度统计"),
        (P, "质量指标", "培训考核合格率", "≥90%", None),
        (P, "时效指标", "培训计划完成时间", "2026年11月30日前", None),
        (P, "成本指标", "每期培训平均成本", "≤1.8万元/期", None),
        (B, "经济效益指标", "示范户亩均增收", "≥200元", None),
        (B, "社会效益指标", "带动农户应用新技术", "≥800户", None),
        (S, "服务对象满意度指标", "参训农民满意度", "≥90%", None),
    ]))  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="动物疫病强制免疫",
        dept="汀兰镇人民政府（503）",
        unit="汀兰镇畜牧兽医站",
        attr="常年项目",
        money=one_year(60, 50, 10),
        goals=["完成春秋两季畜禽强制免疫12万头只，\n守住不发生区域性重大动物疫情的底线。"],
    )
    s.row(*head)
    rows_out(s, numbered([
        (P, "数量指标", "畜禽强制免疫数量", "≥12万头只", None),
        (P, "质量指标", "免疫抗体合格率", "≥85%", "按季度统计"),
        (P, "时效指标", "疑似疫情报告时限", "≤2小时", None),
        (P, "成本指标", "每头只免疫平均成本", "≤4元/头只", None),
        (B, "社会效益指标", "区域性重大动物疫情", "=0起", "参考上年"),
        (B, "可持续影响指标", "动物防疫体系运行", "健全", None),
        (S, "服务对象满意度指标", "养殖户满意度", "≥90%", None),
    ]))  # fmt: skip
    return b


@variant("nm17-stacked-unit-column", (2, 11),
         "two projects stacked, OLD-NAT, 序号 and 计量单位 columns, 万人次: the second "
         "project's 财政拨款 + 其他资金 exceed its 资金总额 and a value in 万人次 against the unit "
         "column 人; 2 planted mistakes")  # fmt: skip
def nm17() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(8, 12, 14, 28, 14, 10, 14))
    head = ("序号", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    project_head(
        s,
        year=YEAR,
        name="馆藏文物专题展览",
        dept="云溪市文化和旅游局（607）",
        unit="云溪市博物馆",
        money=one_year(80, 70, 10),
        goals=["全年举办临时专题展览6个，\n接待观众25万人次。"],
    )
    s.row(*head)
    s.table(numbered([
        ("产出指标", "数量指标", "举办临时专题展览", "≥6", "个", None),
        (None, None, "接待观众", "≥25", "万人次", "按季度统计"),
        (None, "质量指标", "展品安全完好率", 100, "%", None),
        (None, "时效指标", "展览按计划开展率", "≥95", "%", None),
        (None, "成本指标", "单个展览平均布展成本", "≤12", "万元", None),
        ("效益指标", "社会效益指标", "线上展览浏览量", "≥50", "万人次", None),
        (None, "可持续影响指标", "馆藏资源社会开放机制", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90", "%", "参考上年"),
    ]), merged=(2, 3))  # fmt: skip
    s.skip()
    total = mk(money(50, WAN), "B101", "error", note="40 + 15 = 55, not 50")
    project_head(s, year=YEAR, title="", name="青少年博物馆研学", dept="云溪市文化和旅游局（607）",
                 unit="云溪市博物馆", money=[("资金总额", total, "其中：财政拨款", money(40, WAN)),
                                           ("其他资金", money(15, WAN))],
                 goals=["开展青少年研学活动120场，\n面向全市60所中小学。"])  # fmt: skip
    s.row(*head)
    s.table(numbered([
        ("产出指标", "数量指标", "开展研学活动", "≥120", "场", None),
        (None, None, "参与研学学生",
         mk("≥3万人次", "T112", "error", note="万人次 in the value, 人 in the unit column"),
         "人", None),
        (None, "质量指标", "研学课程评估合格率", "≥90", "%", None),
        (None, "时效指标", "活动预约响应时限", "≤2", "个工作日", None),
        (None, "成本指标", "每场研学活动平均成本", "≤0.35", "万元", None),
        ("效益指标", "社会效益指标", "参与研学的中小学校", "≥60", "所", None),
        ("满意度指标", "服务对象满意度指标", "参与学生满意度", "≥90", "%", None),
    ]), merged=(2, 3))  # fmt: skip
    return b


@variant("nm18-department-weights-permille", (3, 5),
         "department, NAT-2021, 序号, tier-1 on every row, operators in words inside the "
         "values, 权重 adding to 100, a 发病率 in ‰ with 不高于, a 个百分点 rise, "
         "备注; correct")  # fmt: skip
def nm18() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(8, 12, 16, 30, 18, 8, 12))
    department_head(s, year=YEAR, dept="青禾县疾病预防控制中心",
                    budget=[(980, 900, 80, 720, 260)],
                    tasks=[("免疫规划", "适龄儿童免疫规划疫苗接种", 120,
                            "接种2.4万剂次"),
                           ("传染病监测", "哨点监测、疫情报告与处置", 90,
                            "设立监测哨点12个"),
                           ("健康教育", "健康素养宣传、慢病防控宣教", 50,
                            "居民健康素养水平提高1个百分点"),
                           ("金额合计", None, 260, None)],
                    goal="1.巩固免疫规划成效；\n2.及时发现、报告和处置传染病疫情；\n"
                         "3.提升居民健康素养。")  # fmt: skip
    s.row("序号", "一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")
    rows_out(s, numbered([
        (P, "数量指标", "免疫规划疫苗接种剂次", "不少于2.4万剂次", 20, "按季度统计"),
        (P, "数量指标", "传染病监测哨点", "不少于12个", 10, None),
        (P, "质量指标", "实验室检测结果准确率", "不低于95%", 10, None),
        (P, "时效指标", "法定传染病报告及时率", "不低于98%", 10, None),
        (C, "经济成本指标", "每剂次接种服务补助", "不超过50元/剂次", 10, None),
        (B, "社会效益指标", "甲乙类传染病报告发病率", "不高于2‰", 20, "参考上年"),
        (B, "可持续影响指标", "居民健康素养水平较上年提高", "不少于1个百分点", 10, None),
        (S, "服务对象满意度指标", "接种儿童家长满意度", "不低于90%", 10, None),
    ]))  # fmt: skip
    sign_lines(s, "唐慧敏", "0731-5518852")
    return b
