"""Returns on 动物防疫 and 强制免疫 (sm01–sm06): immunisation, surveillance, the county
animal disease control centre and a three-year upgrade of farms' disease-prevention conditions."""

from __future__ import annotations

from tests.variants.holdout289.common import (
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout289.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("sm01-immunization-typed-pct", (1, 7),
         "project, OLD-NAT, headers 考核指标 and 绩效标准, 指标性质 as operator, unit column, "
         "typed percents, 万元 in the number format (correct)")  # fmt: skip
def sm01() -> Book:
    book, s = project(
        name="鹤汀县重大动物疫病强制免疫项目",
        dept="鹤汀县农业农村局（317002）",
        unit="鹤汀县动物疫病预防控制中心",
        attr="常年项目",
        money=one_year(146.0, 132.0, 14.0),
        goals=[
            "完成全县猪、牛、羊、家禽口蹄疫、高致病性禽流感等病种强制免疫，应免畜禽免疫密度"
            "保持在90%以上，免疫抗体合格率达到70%以上，全年不发生区域性重大动物疫情。"
        ],
    )
    header = ("一级指标", "二级指标", "考核指标", "指标性质", "绩效标准", "计量单位")
    rows = [
        ("产出指标", "数量指标", "强制免疫疫苗采购量", "≥", 380, "万头（羽）份"),
        (None, None, "应免畜禽免疫密度", "≥", pct(0.9), "%"),
        (None, None, "免疫效果监测采样数", "≥", 4200, "份"),
        (None, "质量指标", "免疫抗体合格率", "≥", pct(0.7), "%"),
        (None, None, "疫苗冷链储运温度达标率", "=", pct(1), "%"),
        (None, None, "疫苗使用损耗率", "≤", pct(0.03), "%"),
        (None, "时效指标", "春秋集中免疫每季完成时限", "≤", 45, "天"),
        (None, "成本指标", "疫苗平均采购单价", "≤", 0.3, "元/头份"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "=", 0, "起"),
        (None, "可持续影响指标", "免疫档案规范建档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, header)
    signature(s, person="邝立新", phone="0738-5821436", date=day(2024, 11, 28))
    return book


@variant("sm02-carcass-direction-inline", (11,),
         "project, NAT-2021, operators inside the values: a cost with =, a 正向 count with ≤, "
         "a response time with ≥; a 下降率 with ≥ and =0起 left as they are")  # fmt: skip
def sm02() -> Book:
    book, s = project(
        name="枫渡区病死畜禽收集转运体系运行项目",
        dept="枫渡区农业农村和水利局（204011）",
        unit="枫渡区动物卫生监督所",
        money=one_year(96.8, 88.8, 8.0),
        goals=["建立覆盖全区养殖场户的病死畜禽收集转运网络，做到应收尽收、日产日清、无害化处理。"],
    )
    rows = [
        ("成本指标", "经济成本指标", "病死畜禽收集转运单位成本",
         mk("=260元/吨", "T108", "warning", row=True,
            note="a cost cap written with =: should be ≤260元/吨")),
        (None, "生态环境成本指标", "转运过程病原扩散事件", "=0起"),
        ("产出指标", "数量指标", "病死畜禽收集处理量", "≥3200吨"),
        (None, None, "规范化收集暂存点建设数量",
         mk("≤14个", "T108", "warning", row=True, note="an output count capped with ≤")),
        (None, "质量指标", "病死畜禽无害化处理率", "=100%"),
        (None, "时效指标", "接报后上门收集响应时长",
         mk("≥24小时", "T108", "warning", row=True, note="a response time with ≥: 反向")),
        ("效益指标", "生态效益指标", "病死畜禽乱抛乱弃事件下降率", "≥30%"),
        (None, "社会效益指标", "收集转运覆盖行政村比例", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    return book


@variant("sm03-brucellosis-template-rows", (6, 13),
         "project, NAT-2021, value header 预期目标: a tier-2 left from the template, a value "
         "without a name, an archive rate given as a count")  # fmt: skip
def sm03() -> Book:
    book, s = project(
        name="柳墩县畜间布鲁氏菌病和包虫病强制免疫项目",
        dept="柳墩县农业农村局（526004）",
        unit="柳墩县畜牧兽医服务中心",
        money=one_year(62.4, 62.4, 0),
        goals=["对全县存栏羊只实施布病免疫，对犬只开展包虫病驱虫，降低畜间布病和包虫病流行率。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "预期目标")
    rows = [
        ("成本指标", "经济成本指标", "布病疫苗采购单价", "≤1.6元/头份"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="tier-2 left from the template, no indicator and no value"), None, None),
        (None, "生态环境成本指标", "废弃疫苗包装物随意丢弃事件", "=0起"),
        ("产出指标", "数量指标", "羊布病免疫数量", "≥28万只"),
        (None, None, "犬只包虫病驱虫数量", "≥1.5万只次"),
        (None, "质量指标", "免疫档案建档率",
         mk("3200户", "T105", "error", note="a rate given as a count of farms")),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
        (None, "时效指标", "免疫任务完成时限", "11月30日前"),
        ("效益指标", "社会效益指标", "畜间布病阳性检出率", "≤0.5%"),
        (None, "可持续影响指标", "免疫监测常态化工作机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, header)
    return book


@variant("sm04-surveillance-second-sheet", (7,),
         "project: head on the first sheet, the OLD-NAT indicator table on a second sheet under "
         "预期实现值, a coverage raised in 百分点 (correct)")  # fmt: skip
def sm04() -> Book:
    book, _ = project(
        sheet="项目基本信息",
        name="茗川市动物疫病监测与流行病学调查项目",
        dept="茗川市农业农村局（118020）",
        unit="茗川市动物疫病预防控制中心",
        attr="常年项目",
        money=one_year(88.5, 80.0, 8.5),
        goals=["按全市监测计划开展血清学和病原学监测及流行病学调查，及时发现和预警重大动物疫情。"],
    )
    t = book.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    header = ("一级指标", "二级指标", "三级指标", "预期实现值")
    rows = [
        ("产出指标", "数量指标", "血清学监测样品数", "≥12000份"),
        (None, None, "病原学监测样品数", "≥3500份"),
        (None, None, "流行病学调查养殖场户数", "≥260个"),
        (None, "质量指标", "监测数据上报准确率", "≥98%"),
        (None, None, "实验室能力比对合格率", "≥95%"),
        (None, "时效指标", "监测结果反馈时限", "≤7个工作日"),
        (None, "成本指标", "单份样品平均检测成本", "≤45元/份"),
        ("效益指标", "社会效益指标", "重大动物疫情早期预警能力", "提升"),
        (None, "可持续影响指标", "规模养殖场监测覆盖率较上年提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]
    indicators(t, rows, header)
    return book


@variant("sm05-control-centre-department", (12, 4),
         "department, NAT-2021: budget with typed shares, key tasks adding to 金额合计, a note "
         "row inside the table, footnotes and signature lines (correct)")  # fmt: skip
def sm05() -> Book:
    share = "0.00%"
    book, s = department(
        dept="鹤汀县动物疫病预防控制中心",
        budget=[
            (wan(860.5), wan(800.5), wan(60.0), wan(520.3), wan(340.2)),
            (pct(1), pct(0.9303, share), pct(0.0697, share), pct(0.6046, share),
             pct(0.3954, share)),
        ],
        tasks=[
            ("强制免疫疫苗储运配送", "疫苗冷链储存并配送到各乡镇", wan(150.0), "疫苗按期配送到位"),
            ("动物疫病监测与流调", "春秋两季监测和专项流调", wan(98.6), "完成年度监测计划"),
            ("病死畜禽无害化处理补助", "按处理量补助收集处理费用", wan(91.6), "应收尽收、应处尽处"),
            ("金额合计", None, wan(340.2), None),
        ],
        goal="做好全县强制免疫、疫病监测和病死畜禽无害化处理，守住不发生区域性重大动物疫情的底线。",
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "疫苗配送覆盖乡镇数", "≥14个"),
        (None, None, "春秋两季监测样品数", "≥9000份"),
        (None, None, "病死猪无害化处理数量", "≥1.1万头"),
        (None, "质量指标", "免疫抗体合格率", "≥70%"),
        (None, "时效指标", "动物疫情报告及时率", "100%"),
    ]
    rest = [
        ("成本指标", "经济成本指标", "病死猪无害化处理补助标准", "≤80元/头"),
        ("效益指标", "社会效益指标", "重大动物疫情发生数", "=0起"),
        (None, "可持续影响指标", "村级防疫员队伍稳定率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥92%"),
    ]
    indicators(s, rows)
    s.row("说明：下列成本指标按县财政核定的补助标准填列。", merge=[(1, 4)])
    s.table(rest, (1, 2))
    notes(
        s,
        "注：1.“起”指动物疫情发生起数；2.补助标准不含养殖场户自行承担的收集费用。",
        "填表说明：指标值应与年度主要任务相对应，定量指标须注明计量单位。",
    )
    signature(s, person="贺春梅", phone="0738-5820917", date=day(2024, 11, 20), chief="戚文博")
    return book


@variant("sm06-prevention-three-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 text copied from 中期, "
         "two cumulative counts copied into the annual column")  # fmt: skip
def sm06() -> Book:
    goal = (
        "支持规模养殖场改造消毒、隔离和洗消设施，提升动物防疫条件，"
        "改造场户动物疫病发生率控制在2%以内。"
    )
    book, s = project(
        name="茗川市规模养殖场动物防疫条件提升项目",
        dept="茗川市农业农村局（118020）",
        unit="茗川市动物卫生监督所",
        attr="新增项目",
        years=3,
        money=multi_year((600.0, 540.0, 60.0), (210.0, 190.0, 20.0)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied word for word")],
    )
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    copied = "cumulative count copied from the 中期 column in a three-year project"
    rows = [
        ("成本指标", "经济成本指标", "单场防疫设施改造补助标准", "≤6万元/场", "≤6万元/场"),
        ("产出指标", "数量指标", "防疫条件改造规模养殖场数", "≥90个", "≥30个"),
        (None, None, "消毒通道建设数量", "≥45个",
         mk("≥45个", "D202", "warning", note=copied)),
        (None, None, "区域洗消中心建设数量", "≥6个", mk("≥6个", "D202", "warning", note=copied)),
        (None, "质量指标", "改造项目验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "改造项目按期完成率", "≥95%", "≥95%"),
        ("效益指标", "社会效益指标", "改造场户动物疫病发生率", "≤2%", "≤2%"),
        (None, "可持续影响指标", "动物防疫条件合格证持证率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, header)
    return book
