"""Hard-to-read layouts: a value cell merged down over two indicators that share it, numbered
names (一、 1. ①), writers' cell comments, rich text (part of a cell red or bold) and rows
hidden by an autofilter."""

from __future__ import annotations

from tests.variants.holdout147.common import (
    autofilter,
    bold,
    footer,
    note,
    project,
    red,
    rich,
    table,
)
from tests.variants.holdout147.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

Y = 2027


@variant("na07-merged-value", (1,), "project, NAT-2021, the value cell merged down over two "
         "indicators sharing it (two rates, two satisfactions), a 设定依据 column")  # fmt: skip
def na07() -> Book:
    b = Book()
    s = project(b, year=Y, name="云溪市智慧停车诱导系统建设项目", dept="云溪市城市管理局",
                unit="云溪市停车管理服务中心", leader="冯某某", phone="0596-2267315",
                annual=(320, 300, 20), width=5, attr="新增项目",
                goal="建成覆盖中心城区的停车诱导系统，接入公共停车场60个、泊位1.2万个，"
                "9月底前上线运行。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), [
        ("产出指标", "数量指标", "新建停车诱导屏", "不少于40块", "计划标准"),
        (None, None, "接入公共停车场数量", "不少于60个", "计划标准"),
        (None, None, "接入泊位数", "不少于12000个", "计划标准"),
        (None, "质量指标", "诱导屏安装验收合格率", "不低于95%", "行业标准"),
        (None, None, "系统联调测试通过率", None, "行业标准"),
        (None, "时效指标", "系统上线运行时间", "2027年9月30日前", "计划标准"),
        (None, None, "设备故障响应时间", "不超过2小时", "合同约定"),
        ("成本指标", "经济成本指标", "单块诱导屏建设成本", "不超过4.5万元", "市场询价"),
        ("效益指标", "经济效益指标", "公共停车场平均泊位利用率", "不低于75%", "历史标准"),
        (None, "社会效益指标", "核心区高峰时段平均寻泊时间", "不超过8分钟", "历史标准"),
        (None, "可持续影响指标", "系统设计使用年限", "不少于8年", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "驾驶员满意度", "不低于90%", "其他标准"),
        (None, None, "周边商户满意度", None, "其他标准"),
    ], merged=(1, 2, 4))  # fmt: skip
    footer(s, 5, Y)
    return b


@variant("na08-numbered-names", (5,), "project, NAT-2021, numbered tier labels (一、 1.) and "
         "names (1. 2. ① ②), ≥ ≤ in the values and a 计量单位 column")  # fmt: skip
def na08() -> Book:
    b = Book()
    s = project(b, year=Y, name="麦田县农机购置与应用补贴配套项目", dept="麦田县农业农村局",
                unit="麦田县农业机械化服务中心", leader="韩某某", phone="0391-5523081",
                annual=(500, 400, 100), width=5,
                goal="补贴各类农机具1800台，受益农户和合作社1200户，主要农作物耕种收综合"
                "机械化率达到82%以上。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("一、产出指标", "1.数量指标", "1.补贴机具数量", "≥1800", "台"),
        (None, None, "2.受益农户（合作社）数", "≥1200", "户"),
        (None, "2.质量指标", "1.补贴机具核验合格率", "≥98%", "%"),
        (None, None, "2.补贴资金兑付准确率", pct(1.0), "%"),
        (None, "3.时效指标", "1.补贴申请办结时限", "≤20", "个工作日"),
        ("二、成本指标", "1.经济成本指标", "1.单台机具平均补贴额", "≤2500", "元/台"),
        ("三、效益指标", "1.经济效益指标", "①亩均机械作业成本下降额", "≥30", "元/亩"),
        (None, "2.社会效益指标", "①主要农作物耕种收综合机械化率", "≥82%", "%"),
        (None, None, "②新增机械化作业面积", "≥3", "万亩"),
        (None, "3.可持续影响指标", "①补贴机具正常使用年限", "≥5", "年"),
        ("四、满意度指标", "1.服务对象满意度指标", "①购机农户满意度", "≥90%", "%"),
        (None, None, "②农机合作社满意度", "≥90%", "%"),
    ])  # fmt: skip
    footer(s, 5, Y)
    return b


@variant("na09-comments", (4,), "project, NAT-2021, writers' comments (批注) on value and name "
         "cells holding prior-year figures, a 指标解释 column")  # fmt: skip
def na09() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="石门县全民数字阅读推广项目",
        dept="石门县文化和旅游局",
        unit="石门县图书馆",
        leader="许某",
        phone="0736-5321776",
        annual=(45, 45, 0),
        width=5,
        goal="全年举办阅读推广活动48场以上，新增电子图书5000册，数字资源访问量30万次以上。",
    )
    top, _ = table(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释"), [
        ("产出指标", "数量指标", "阅读推广活动场次", "不少于48场", "线上线下合计"),
        (None, None, "数字资源年访问量", "不少于30万次", "平台后台统计"),
        (None, None, "新增电子图书", "不少于5000册", None),
        (None, "质量指标", "数字阅读平台可用率", "不低于99%", "全年在线时长占比"),
        (None, "时效指标", "年度活动完成时间", "2027年12月20日前", None),
        ("成本指标", "经济成本指标", "单场活动平均成本", "不超过3000元", None),
        ("效益指标", "社会效益指标", "惠及读者人次", "不少于2万人次", "活动签到统计"),
        (None, "可持续影响指标", "数字阅读注册用户数", "不少于1.5万人", "累计数"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "不低于90%", "问卷调查"),
    ])  # fmt: skip
    first = top + 1
    note(s, first, 4, "按每月4场安排；2026年实际举办45场。")
    note(s, first + 1, 4, "2026年实际访问量26.8万次。")
    note(s, first + 5, 4, "含场地布置、嘉宾劳务、宣传物料。")
    note(s, first + 7, 3, "截至2026年10月注册用户1.26万人。", author="审核人")
    note(s, first + 8, 4, "委托第三方开展问卷调查，样本不少于300份。")
    footer(s, 5, Y)
    return b


@variant("na10-rich-text", (1,), "project, NAT-2021, values with part of the cell red or bold "
         "(rich text), a 计量单位 column")  # fmt: skip
def na10() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="枫林区既有住宅加装电梯补助项目",
        dept="枫林区住房和城乡建设局",
        unit="枫林区城市更新服务中心",
        leader="邓某某",
        phone="027-83376214",
        annual=(600, 450, 150),
        width=6,
        goal=rich("全年完成既有住宅加装电梯", red("40部", True), "，惠及住户960户以上。"),
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"), [
        ("产出指标", "数量指标", "加装电梯完工数量", rich("不少于", red("40", True)), "部", None),
        (None, None, "受益住户数", "不少于960", "户", None),
        (None, "质量指标", "电梯竣工验收合格率", rich("不低于", bold("95%")), "%", None),
        (None, None, "特种设备使用登记办结率", rich(red("不低于98%")), "%", None),
        (None, "时效指标", "补助资金拨付时限", "不超过30", "天",
         rich("自", bold("验收合格"), "之日起")),
        ("成本指标", "经济成本指标", "每部电梯补助标准", rich("不超过", red("15", True)), "万元",
         rich(red("区级财政"), "与市级补助合计")),
        ("效益指标", "社会效益指标", "惠及老年居民人数", "不少于1500", "人", None),
        (None, "可持续影响指标", "加装电梯维保合同签订率", "不低于95%", "%", None),
        ("满意度指标", "服务对象满意度指标", "加装电梯住户满意度", rich("不低于", red("90%")), "%",
         None),
        (None, None, "低层住户满意度", "不低于85%", "%", None),
    ])  # fmt: skip
    footer(s, 6, Y)
    return b


AF_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向")


@variant("na11-autofilter-hidden", (4,), "project, NAT-2021, tiers filled down, an autofilter "
         "over the table with three indicator rows hidden, a 指标方向 column")  # fmt: skip
def na11() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="北湖区中小学课后服务补助项目",
        dept="北湖区教育局",
        unit="北湖区教育事务中心",
        leader="曹某某",
        phone="0735-2218840",
        annual=(380, 380, 0),
        width=6,
        goal="全区35所中小学开展课后服务，参与学生18000人以上，家长满意度90%以上。",
    )
    top, last = table(s, AF_HEAD, [
        ("产出指标", "数量指标", "开展课后服务学校数", "不少于35", "所", "正向"),
        ("产出指标", "数量指标", "参与课后服务学生人数", "不少于18000", "人", "正向"),
        ("产出指标", "质量指标", "课后服务学生参与率", "不低于85%", "%", "正向"),
        ("产出指标", "质量指标", "课后服务安全事故发生率", "不高于0.1%", "%", "反向"),
        ("产出指标", "时效指标", "春季学期补助资金拨付时间", "2027年7月31日前", None, "反向"),
        ("成本指标", "经济成本指标", "生均课后服务补助标准", "不超过100", "元/生·学期", "反向"),
        ("效益指标", "社会效益指标", "家长接送难问题解决率", "不低于90%", "%", "正向"),
        ("效益指标", "可持续影响指标", "课后服务长效保障机制", "健全", None, "正向"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "不低于90%", "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "不低于90%", "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "参与教师满意度", "不低于85%", "%", "正向"),
    ], merged=())  # fmt: skip
    autofilter(s, top, last, 6, hide=(2, 3, 7))
    footer(s, 6, Y)
    return b


@variant("na12-autofilter-hidden-wrong", (4,), "project, OLD-NAT, tiers filled down, an "
         "autofilter hiding rows; a hidden 覆盖率 row holds a count")  # fmt: skip
def na12() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="南岸区居民健康素养促进项目",
        dept="南岸区卫生健康局",
        unit="南岸区疾病预防控制中心",
        leader="彭某某",
        phone="023-62857719",
        annual=(68, 60, 8),
        width=6,
        goal="开展健康讲座120场、发放健康教育资料3万份，居民健康素养水平提高到32%以上。",
    )
    top, last = table(s, AF_HEAD, [
        ("产出指标", "数量指标", "健康知识讲座场次", "不少于120", "场", "正向"),
        ("产出指标", "数量指标", "健康教育资料发放量", "不少于30000", "份", "正向"),
        ("产出指标", "数量指标", "重点人群健康教育覆盖率",
         mk("不少于3000", "T105", "error", note="a 覆盖率 given as a count (hidden row)"), "人",
         "正向"),
        ("产出指标", "质量指标", "健康素养监测问卷有效率", "不低于95%", "%", "正向"),
        ("产出指标", "时效指标", "年度监测报告完成时间", "2027年11月30日前", None, "反向"),
        ("产出指标", "成本指标", "单场讲座平均成本", "不超过1500", "元/场", "反向"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "不低于32%", "%", "正向"),
        ("效益指标", "社会效益指标", "居民基本健康知识知晓率", "不低于80%", "%", "正向"),
        ("效益指标", "可持续影响指标", "社区健康教育阵地保持数", "不少于18", "个", "正向"),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "不低于90%", "%", "正向"),
    ], merged=())  # fmt: skip
    autofilter(s, top, last, 6, hide=(2, 3, 8))
    footer(s, 6, Y)
    return b


@variant("na13-merged-value-money-wrong", (1, 12), "project, OLD-NAT, a value merged over two "
         "indicators; 年度资金总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def na13() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="翠屏镇农村人居环境整治项目",
        dept="澄溪县农业农村局",
        unit="翠屏镇人民政府",
        leader="蒋某某",
        phone="0738-6650923",
        annual=(mk(money(200, WAN), "B101", "error", note="150 + 30 = 180"), 150, 30),
        width=5,
        goal="完成12个村生活污水治理和18座公厕改造，农村生活垃圾收运处置体系覆盖全部行政村。",
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("产出指标", "数量指标", "生活污水治理村数", "不少于12个", None),
        (None, None, "农村公厕改造座数", "不少于18座", None),
        (None, None, "新增垃圾收集点", "不少于150个", None),
        (None, "质量指标", "污水处理设施出水达标率", "不低于90%", None),
        (None, None, "公厕改造验收合格率", None, None),
        (None, "时效指标", "项目完工时间", "2027年11月30日前", None),
        (None, "成本指标", "单座公厕改造成本", "不超过6万元", None),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "不低于60%", None),
        (None, "社会效益指标", "生活垃圾收运处置体系行政村覆盖率", pct(1.0), None),
        (None, "可持续影响指标", "设施运行维护机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "不低于90%", None),
    ], merged=(1, 2, 4))  # fmt: skip
    footer(s, 5, Y)
    return b
